"""The kernel's place for a comm/widget layer: comm_info_request is answered (with a status), and
comm_open / comm_msg / comm_close from the front end reach the base library's CommManager and run on
the cell-execution thread, in order with cells; CellThread.submit queues a task there
(org.treatylab.kernel.spi). The comm target here is registered from a cell, as an extension would in
its install()."""
import uuid

import pytest

ECHO_TARGET = r'''
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import com.google.gson.JsonObject;
BaseKernel.notebookKernel().getCommManager().registerTarget("echo", (manager, id, target, open) -> new Comm(manager, id, target) {
  protected void onMessage(Message<CommMsgCommand> m) {
    JsonObject o = new JsonObject();
    o.addProperty("thread", Thread.currentThread().getName());
    o.add("got", m.getContent().getData());
    send(o);
    System.out.println("echo printed");
  }
  protected void onClose(Message<CommCloseCommand> m, boolean sending) {}
});
'''


@pytest.fixture
def k(shared_kernel):
    return shared_kernel


def send_shell(k, msg_type, content):
    msg = k.kc.session.msg(msg_type, content)
    k.kc.shell_channel.send(msg)
    return msg["header"]["msg_id"]


def comm_info(k, target=None):
    c = k.request(lambda: k.kc.comm_info(target_name=target))
    assert c["status"] == "ok", c
    return c["comms"]


def test_comm_info_is_answered_with_status(k):
    assert comm_info(k) == {}


def test_comm_messages_reach_the_comm_manager_on_the_cell_thread(k):
    k.ok(ECHO_TARGET)
    comm_id = uuid.uuid4().hex
    open_id = send_shell(k, "comm_open", {"comm_id": comm_id, "target_name": "echo", "data": {}})
    k.collect_iopub(open_id, 30)
    assert comm_info(k) == {comm_id: {"target_name": "echo"}}
    assert comm_info(k, "other") == {}

    msg_id = send_shell(k, "comm_msg", {"comm_id": comm_id, "data": {"n": 1}})
    msgs = k.collect_iopub(msg_id, 30)
    replies = [m["content"] for m in msgs if m["msg_type"] == "comm_msg"]
    assert replies == [{"comm_id": comm_id, "data": {"thread": "cell-execution", "got": {"n": 1}}}], msgs
    # what the handler prints belongs to the comm_msg that caused it
    printed = "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")
    assert printed == "echo printed\n", msgs

    close_id = send_shell(k, "comm_close", {"comm_id": comm_id, "data": {}})
    k.collect_iopub(close_id, 30)
    assert comm_info(k) == {}
    assert k.value("1 + 1") == "2"


def test_a_comm_message_waits_for_the_running_cell(k):
    k.ok(ECHO_TARGET)
    comm_id = uuid.uuid4().hex
    k.collect_iopub(send_shell(k, "comm_open", {"comm_id": comm_id, "target_name": "echo", "data": {}}), 30)
    cell_id = k.kc.execute('Thread.sleep(400);\n"cell done"')
    msg_id = send_shell(k, "comm_msg", {"comm_id": comm_id, "data": {"n": 2}})
    order = []

    def note(m):
        if m is None:
            return
        parent = m["parent_header"].get("msg_id")
        if parent == cell_id and m["msg_type"] == "execute_result":
            order.append("cell result")
        if parent == msg_id and m["msg_type"] == "comm_msg":
            order.append("comm reply")

    k.collect_iopub(msg_id, 30, on_message=note)
    k.shell_reply(cell_id, 30)
    assert order == ["cell result", "comm reply"], order
    k.collect_iopub(send_shell(k, "comm_close", {"comm_id": comm_id, "data": {}}), 30)


def test_an_unknown_target_is_closed_and_the_kernel_goes_on(k):
    comm_id = uuid.uuid4().hex
    msgs = k.collect_iopub(send_shell(k, "comm_open", {"comm_id": comm_id, "target_name": "nope", "data": {}}), 30)
    assert [m["content"]["comm_id"] for m in msgs if m["msg_type"] == "comm_close"] == [comm_id], msgs
    k.collect_iopub(send_shell(k, "comm_msg", {"comm_id": "no-such-comm", "data": {}}), 30)
    assert k.value("6 * 7") == "42"


def test_a_task_submitted_from_a_cell_runs_after_it_on_the_cell_thread(k):
    k.ok('var order = new java.util.concurrent.CopyOnWriteArrayList<String>();\n'
         'var cellThread = org.treatylab.kernel.spi.CellThread.of('
         'org.dflib.jjava.jupyter.kernel.BaseKernel.notebookKernel());')
    k.ok('cellThread.submit(() -> order.add("task on " + Thread.currentThread().getName()));\n'
         'Thread.sleep(200);\n'
         'order.add("cell end, on the cell thread: " + cellThread.isCellThread());')
    assert k.value("order") == "[cell end, on the cell thread: false, task on cell-execution]"
    r = k.execute("cellThread.submit(null)")
    assert r.status == "error" and "task is null" in r.error["evalue"], r.summary()
