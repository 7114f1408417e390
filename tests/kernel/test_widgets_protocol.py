"""The Jupyter widget protocol (2.1.0) through jupyter_client acting as the front end: the kernel opens
widget comms with their state and metadata, answers the page's `update` with `echo_update`, runs the
observers (serialized with cells), answers `request_state`, closes, and refuses malformed messages with
a clear error while going on working. Runs on every kernelspec run-tests uses (JDK 17 and JDK 25).
"""
import queue
import time

import pytest

SLIDER_CELL = (
    'IntSlider cost = new IntSlider("cost per mine", 1, 1000, 300);\n'
    'Label shown = new Label("cost 300");\n'
    'cost.observe("value", c -> shown.value("cost " + cost.value()));\n'
    'new HBox(cost, shown)'
)


def send_comm(ks, msg_type, content, buffers=None):
    msg = ks.kc.session.msg(msg_type, content)
    ks.kc.session.send(ks.kc.shell_channel.socket, msg, buffers=buffers)
    return msg["header"]["msg_id"]


def iopub_for(ks, seconds, until=None):
    """Every iopub message for `seconds` (or until `until(msg)` is true)."""
    out = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            m = ks.kc.get_iopub_msg(timeout=0.1)
        except queue.Empty:
            continue
        out.append(m)
        if until and until(m):
            break
    return out


def opens_by_model(result):
    return {m["content"]["data"]["state"]["_model_name"]: m for m in result.of_type("comm_open")}


@pytest.fixture(scope="module")
def widgets(shared_kernel):
    r = shared_kernel.ok(SLIDER_CELL)
    return shared_kernel, r


def test_comm_open_carries_state_and_protocol_version(widgets):
    ks, r = widgets
    opens = opens_by_model(r)
    for name in ("IntSliderModel", "LabelModel", "HBoxModel", "LayoutModel", "SliderStyleModel"):
        assert name in opens, "no comm_open for %s: %s" % (name, r.summary())
    slider = opens["IntSliderModel"]
    assert slider["content"]["target_name"] == "jupyter.widget"
    assert slider["metadata"] == {"version": "2.1.0"}
    state = slider["content"]["data"]["state"]
    assert state["value"] == 300 and state["min"] == 1 and state["max"] == 1000
    assert state["_model_module"] == "@jupyter-widgets/controls" and state["_model_module_version"] == "2.0.0"
    assert state["layout"].startswith("IPY_MODEL_")
    box = opens["HBoxModel"]["content"]
    view = r.result_data["application/vnd.jupyter.widget-view+json"]
    assert view == {"model_id": box["comm_id"], "version_major": 2, "version_minor": 0}
    assert r.text == "HBox(2 children)"
    # children are opened before the box that refers to them
    order = [m["content"]["data"]["state"]["_model_name"] for m in r.of_type("comm_open")]
    assert order.index("IntSliderModel") < order.index("HBoxModel")


def test_update_from_the_page_is_echoed_and_runs_the_observer(widgets):
    ks, r = widgets
    opens = opens_by_model(r)
    slider_id = opens["IntSliderModel"]["content"]["comm_id"]
    label_id = opens["LabelModel"]["content"]["comm_id"]
    ks.drain()
    msg_id = send_comm(ks, "comm_msg", {"comm_id": slider_id,
                                        "data": {"method": "update", "state": {"value": 450}, "buffer_paths": []}})
    got = iopub_for(ks, 15, until=lambda m: m["msg_type"] == "comm_msg"
                    and m["content"]["comm_id"] == label_id)
    echo = [m for m in got if m["msg_type"] == "comm_msg" and m["content"]["data"].get("method") == "echo_update"]
    assert echo, "no echo_update: %s" % [m["msg_type"] for m in got]
    assert echo[0]["parent_header"]["msg_id"] == msg_id, "the echo must answer the update it echoes"
    assert echo[0]["content"]["data"]["state"] == {"value": 450}
    label = [m for m in got if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == label_id]
    assert label and label[-1]["content"]["data"] == {"method": "update", "state": {"value": "cost 450"},
                                                      "buffer_paths": []}
    assert ks.value("cost.value()") == "450"
    assert ks.value("shown.value()") == '"cost 450"' or ks.value("shown.value()") == "cost 450"


def test_request_state_returns_the_whole_state(widgets):
    ks, r = widgets
    slider_id = opens_by_model(r)["IntSliderModel"]["content"]["comm_id"]
    ks.drain()
    msg_id = send_comm(ks, "comm_msg", {"comm_id": slider_id, "data": {"method": "request_state"}})
    got = iopub_for(ks, 10, until=lambda m: m["msg_type"] == "comm_msg" and m["parent_header"].get("msg_id") == msg_id)
    reply = [m for m in got if m["msg_type"] == "comm_msg" and m["parent_header"].get("msg_id") == msg_id]
    assert reply, "no answer to request_state"
    data = reply[0]["content"]["data"]
    assert data["method"] == "update"
    assert data["state"]["_model_name"] == "IntSliderModel" and "value" in data["state"] and "style" in data["state"]


@pytest.mark.parametrize("data, expected", [
    ({"method": "update", "state": {"value": 5000}}, "outside [1, 1000]"),
    ({"method": "update", "state": {"value": "many"}}, "value takes a whole number"),
    ({"method": "update", "state": {"valeu": 3}}, "has no trait 'valeu'"),
    ({"method": "explode"}, "unknown method 'explode'"),
    ({"state": {"value": 3}}, "without a string 'method'"),
])
def test_malformed_messages_get_a_clear_error_and_the_kernel_goes_on(widgets, data, expected):
    ks, r = widgets
    slider_id = opens_by_model(r)["IntSliderModel"]["content"]["comm_id"]
    before = ks.value("cost.value()")
    ks.drain()
    msg_id = send_comm(ks, "comm_msg", {"comm_id": slider_id, "data": data})
    got = iopub_for(ks, 10, until=lambda m: m["msg_type"] == "stream" and m["parent_header"].get("msg_id") == msg_id)
    errors = [m["content"]["text"] for m in got if m["msg_type"] == "stream" and m["content"]["name"] == "stderr"]
    assert errors and expected in errors[0], "expected %r in an error, got %r" % (expected, errors)
    assert ks.value("cost.value()") == before
    assert ks.value("1 + 1") == "2"


def test_unknown_comm_id_gets_a_clear_error(widgets):
    ks, _ = widgets
    ks.drain()
    msg_id = send_comm(ks, "comm_msg", {"comm_id": "no-such-comm", "data": {"method": "update", "state": {}}})
    got = iopub_for(ks, 10, until=lambda m: m["msg_type"] == "stream" and m["parent_header"].get("msg_id") == msg_id)
    errors = [m["content"]["text"] for m in got if m["msg_type"] == "stream"]
    assert errors and "'no-such-comm'" in errors[0] and "does not know" in errors[0], errors
    assert ks.value("1 + 1") == "2"


def test_comm_info_lists_the_widget_comms(widgets):
    ks, r = widgets
    reply = ks.request(lambda: ks.kc.comm_info(target_name="jupyter.widget"))
    slider_id = opens_by_model(r)["IntSliderModel"]["content"]["comm_id"]
    assert reply["status"] == "ok" and slider_id in reply["comms"]


def test_close_from_the_page_and_from_the_kernel(widgets):
    ks, r = widgets
    opens = opens_by_model(r)
    send_comm(ks, "comm_close", {"comm_id": opens["IntSliderModel"]["content"]["comm_id"], "data": {}})
    deadline = time.monotonic() + 10
    while ks.value("cost.isClosed()") != "true" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ks.value("cost.isClosed()") == "true"
    res = ks.ok("shown.close();")
    closes = [m["content"]["comm_id"] for m in res.of_type("comm_close")]
    assert closes == [opens["LabelModel"]["content"]["comm_id"]]


def test_rerunning_a_cell_closes_the_widgets_of_its_earlier_run(kernel):
    cell = 'IntSlider again = new IntSlider("a", 0, 10, 3);\nagain'
    first = kernel.ok(cell)
    first_id = opens_by_model(first)["IntSliderModel"]["content"]["comm_id"]
    second = kernel.ok(cell)
    closes = [m["content"]["comm_id"] for m in second.of_type("comm_close")]
    assert first_id in closes, second.summary()
    reply = kernel.request(lambda: kernel.kc.comm_info(target_name="jupyter.widget"))
    assert first_id not in reply["comms"]


def test_interact_output_is_replaced_and_errors_shown(kernel):
    r = kernel.ok('IntSlider n = new IntSlider("n", 0, 20, 4);\n'
                  'var shown = interact(v -> { if (v == 13) throw new IllegalStateException("unlucky " + v); '
                  'return "twice " + (2 * v); }, n);\nshown')
    opens = opens_by_model(r)
    out = opens["OutputModel"]["content"]
    assert out["data"]["state"]["outputs"] == [{"output_type": "display_data", "data": {"text/plain": "twice 8"},
                                                "metadata": {}}]
    n_id = opens["IntSliderModel"]["content"]["comm_id"]
    for value, want in ((7, "twice 14"), (13, "unlucky 13")):
        kernel.drain()
        send_comm(kernel, "comm_msg", {"comm_id": n_id, "data": {"method": "update", "state": {"value": value}}})
        got = iopub_for(kernel, 15, until=lambda m: m["msg_type"] == "comm_msg"
                        and m["content"]["comm_id"] == out["comm_id"])
        updates = [m["content"]["data"]["state"]["outputs"] for m in got
                   if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == out["comm_id"]]
        assert updates and len(updates[-1]) == 1, got
        assert want in str(updates[-1][0]), updates
    assert kernel.value("1 + 1") == "2"


def test_a_burst_of_slider_moves_is_applied_once_at_its_latest_value(kernel):
    """30 moves sent at once to a slider whose observer takes 300 ms: the kernel queues the page's
    messages on the cell thread without waiting for each, so the observer runs for the latest value
    a few times at most, not 30 times (9 s of work)."""
    r = kernel.ok('IntSlider burst = new IntSlider("burst", 0, 100, 0);\n'
                  'var seen = new java.util.concurrent.CopyOnWriteArrayList<Integer>();\n'
                  'burst.observe("value", c -> { try { Thread.sleep(300); } catch (InterruptedException e) {}\n'
                  '  seen.add(burst.value()); });\nburst')
    slider_id = opens_by_model(r)["IntSliderModel"]["content"]["comm_id"]
    kernel.drain()
    t0 = time.monotonic()
    for v in range(1, 31):
        send_comm(kernel, "comm_msg", {"comm_id": slider_id, "data": {"method": "update", "state": {"value": v}}})
    deadline = time.monotonic() + 20
    runs = []
    while time.monotonic() < deadline:
        runs = kernel.value("seen").strip("[]").replace(" ", "").split(",")
        if runs and runs[-1] == "30":
            break
        time.sleep(0.2)
    elapsed = time.monotonic() - t0
    assert runs and runs[-1] == "30", runs
    assert len(runs) <= 3, "the burst ran the observer %d times: %s" % (len(runs), runs)
    assert elapsed < 6, elapsed
    assert kernel.value("burst.value()") == "30"


def test_model_ids_are_numbered_per_kernel_not_random(kernel):
    """Executed notebooks keep model ids in outputs and metadata: two runs must give the same ids."""
    r = kernel.ok('new IntSlider("n", 0, 10, 1)')
    ids = [m["content"]["comm_id"] for m in r.of_type("comm_open")]
    assert ids and all(len(i) == 32 and set(i) <= set("0123456789abcdef") for i in ids), ids
    numbers = [int(i, 16) for i in ids]
    assert numbers == sorted(numbers) and numbers[-1] - numbers[0] == len(numbers) - 1, ids
