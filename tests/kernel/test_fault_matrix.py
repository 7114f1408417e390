"""Fault matrix: what a notebook user can do wrong, and that the `java` kernel survives it.

Each test starts a fresh kernel (fixture `kernel`, see conftest.py) and drives it through
jupyter_client; test_notebook_through_nbclient runs a small in-memory notebook with nbclient.
"""
import queue
import re
import time

import nbformat
import pytest
from jupyter_client.session import Session
from nbclient import NotebookClient

from conftest import KERNEL_NAME


def assert_alive(kernel, pid=None):
    assert kernel.alive(), "kernel process died"
    if pid is not None:
        assert kernel.pid == pid, "kernel process was replaced (pid %s -> %s)" % (pid, kernel.pid)
    assert kernel.value("40 + 2") == "42"


# 1 -------------------------------------------------------------------------------------------
def test_runtime_exception_keeps_kernel_and_variables(kernel):
    kernel.ok("int x = 41;")
    pid = kernel.pid
    r = kernel.execute('if (x > 0) throw new IllegalStateException("boom " + x);')
    assert r.status == "error", r.summary()
    assert r.reply["content"]["ename"] == "java.lang.IllegalStateException", r.summary()
    err = r.error
    assert err["ename"] == "java.lang.IllegalStateException"
    assert "boom 41" in err["evalue"]
    assert err["traceback"], "empty traceback"
    assert kernel.value("x + 1") == "42"
    assert_alive(kernel, pid)


# 2 -------------------------------------------------------------------------------------------
def test_compile_error_names_line_and_column(kernel):
    r = kernel.execute("int y = 1;\nint z = undefinedThing + y;")
    assert r.status == "error", r.summary()
    err = r.error
    assert err["ename"] == "CompilationError", err
    assert "line 2" in err["evalue"], err
    assert re.search(r"column \d+", err["evalue"]), err
    assert "cannot find symbol" in err["evalue"], err
    # the traceback shows the offending source line
    assert any("undefinedThing" in line for line in err["traceback"]), err["traceback"]
    assert_alive(kernel)


# 3 -------------------------------------------------------------------------------------------
def test_interrupt_tight_loop_releases_core(kernel, timings):
    kernel.ok("int keep = 5;")
    pid = kernel.pid
    # start-up work (extensions, JIT) must not be mistaken for a loop still spinning
    timings("settling after start", kernel.wait_quiet())
    msg_id = kernel.kc.execute("long n = 0; while (true) { n++; }")
    # let it spin for about a second (and make sure it did start)
    started = kernel.collect_iopub(msg_id, timeout=1.0, until_idle=False)
    assert any(m["msg_type"] == "execute_input" for m in started), "cell did not start within 1 s"
    assert not any(m["msg_type"] == "status" and m["content"]["execution_state"] == "idle"
                   for m in started), "the endless loop ended by itself?"
    cpu_loop_start = kernel.cpu_seconds()
    time.sleep(0.2)
    t_int = time.monotonic()
    kernel.km.interrupt_kernel()
    reply = kernel.shell_reply(msg_id, timeout=10)
    reply_latency = time.monotonic() - t_int
    timings("interrupt -> reply", reply_latency)
    msgs = started + kernel.collect_iopub(msg_id, timeout=5)
    assert reply["content"]["status"] == "error", reply["content"]
    errs = [m["content"] for m in msgs if m["msg_type"] == "error"]
    assert [e["ename"] for e in errs] == ["Interrupted"], errs
    assert reply_latency < 2.0, "execute_reply came %.2f s after the interrupt" % reply_latency

    # the core must be released: CPU used by the kernel process over 2 s after the reply
    c0 = kernel.cpu_seconds()
    threads0 = kernel.thread_cpu()
    time.sleep(2.0)
    idle_cpu = kernel.cpu_seconds() - c0
    per_thread = kernel.cpu_diff(threads0, kernel.thread_cpu())
    timings("CPU used in 2 s after interrupt", idle_cpu)
    timings("CPU used while spinning ~0.2 s", c0 - cpu_loop_start)
    assert not any(k.endswith(" cell") for k in per_thread), "the cell thread still runs: %s" % per_thread
    assert idle_cpu < 0.5, "kernel burned %.2f s of CPU in the 2 s after the interrupt; by thread: %s" % (
        idle_cpu, per_thread)

    # state is usable: earlier variables intact, the loop's counter kept, new cells run
    assert kernel.value("keep * 2") == "10"
    assert int(kernel.value("n")) > 0
    assert kernel.value("n = 3; n + 1") == "4"
    assert_alive(kernel, pid)


# 4 -------------------------------------------------------------------------------------------
def test_system_exit_refused(kernel):
    kernel.ok("String s = \"still here\";")
    pid = kernel.pid
    r = kernel.execute("System.exit(1);")
    assert r.status == "error", r.summary()
    assert r.error["ename"].endswith("KernelExitRefused"), r.error
    time.sleep(0.5)
    assert kernel.alive()
    assert kernel.value("s") == "still here"
    assert_alive(kernel, pid)


def test_runtime_exit_and_halt_refused(kernel):
    pid = kernel.pid
    for code in ("Runtime.getRuntime().exit(0);", "Runtime.getRuntime().halt(3);",
                 "Runtime rt = Runtime.getRuntime();\nrt.halt(4);"):
        r = kernel.execute(code)
        assert r.status == "error" and r.error["ename"].endswith("KernelExitRefused"), r.summary()
    assert_alive(kernel, pid)


# 5 -------------------------------------------------------------------------------------------
def test_out_of_memory_recovers(kernel, timings):
    kernel.ok("int x = 41;")
    pid = kernel.pid
    r = kernel.execute("List<long[]> hog = new ArrayList<>(); while (true) hog.add(new long[50_000_000]);",
                       timeout=180)
    timings("OutOfMemoryError cell", r.elapsed)
    assert r.status == "error", r.summary()
    err = r.error
    assert "OutOfMemoryError" in err["ename"] + err["evalue"] + "".join(err["traceback"]), err
    # the memory must be reclaimable: the next cell works, and can allocate again
    assert kernel.value("x + 1") == "42"
    assert kernel.value("new long[10_000_000].length") == "10000000"
    assert_alive(kernel, pid)


# 6 -------------------------------------------------------------------------------------------
def test_stack_overflow_recovers(kernel):
    pid = kernel.pid
    kernel.ok("int f(int n) { return f(n + 1) + 1; }")
    r = kernel.execute("f(0)", timeout=60)
    assert r.status == "error", r.summary()
    assert r.error["ename"] == "java.lang.StackOverflowError", r.error
    # traceback must stay bounded (a 10,000-frame traceback would swamp the notebook)
    assert len(r.error["traceback"]) < 2000, len(r.error["traceback"])
    assert kernel.value("int g(int n) { return n < 1 ? 0 : g(n - 1) + 1; }\ng(1000)") == "1000"
    assert_alive(kernel, pid)


# 7 -------------------------------------------------------------------------------------------
def test_ten_megabytes_of_output(kernel, timings):
    line = "0123456789" * 4 + "012345678"          # 49 chars + newline = 50 bytes
    total = 200_000 * (len(line) + 1)             # 10,000,000 bytes
    r = kernel.execute('for (int i = 0; i < 200_000; i++) System.out.println("%s");' % line, timeout=60)
    timings("10 MB print cell", r.elapsed)
    assert r.status == "ok", r.summary()
    out = r.stream("stdout")
    err = r.stream("stderr")
    assert out.startswith(line + "\n" + line + "\n")
    assert 7_000_000 <= len(out) < total, "received %d bytes of stdout" % len(out)
    assert set(out.split("\n")[:-1]) <= {line}, "lines were mangled"
    m = re.search(r"\[output truncated: ([\d,.\s\u00a0\u202f']+) bytes not shown", err)
    assert m, "no truncation note on stderr: %r" % err[:500]
    dropped = int(re.sub(r"\D", "", m.group(1)))
    assert len(out) + dropped == total, (len(out), dropped)
    # batching: far fewer messages than lines
    assert len(r.of_type("stream")) < 2000, len(r.of_type("stream"))
    # the next cell's output limit starts afresh
    r2 = kernel.ok('System.out.println("after");')
    assert r2.stream("stdout") == "after\n"
    assert r2.stream("stderr") == ""


# 8 -------------------------------------------------------------------------------------------
def test_background_output_after_cell_end(kernel):
    r = kernel.ok(
        "new Thread(() -> {\n"
        "    try { Thread.sleep(500); } catch (InterruptedException e) { }\n"
        '    System.out.println("late");\n'
        "}).start();")
    assert "late" not in r.stream("stdout"), "thread printed before the cell ended; test is void"
    later = kernel.collect_iopub(None, timeout=2.0, until_idle=False)
    streams = [m for m in later if m["msg_type"] == "stream" and "late" in m["content"]["text"]]
    assert streams, "background output lost; iopub after idle: %s" % [
        (m["msg_type"], m["content"]) for m in later]
    assert all(m["parent_header"].get("msg_id") == r.msg_id for m in streams), \
        [m["parent_header"].get("msg_id") for m in streams]
    assert streams[0]["content"]["name"] == "stdout"


# 9 -------------------------------------------------------------------------------------------
def test_wrong_hmac_signature_is_ignored(kernel):
    bad = Session(key=b"wrong", username=kernel.kc.session.username)
    assert bad.key != kernel.kc.session.key
    content = dict(code="int hacked = 1;", silent=False, store_history=True,
                   user_expressions={}, allow_stdin=False, stop_on_error=True)
    sent = bad.send(kernel.kc.shell_channel.socket, "execute_request", content)
    bad_id = sent["header"]["msg_id"]
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        try:
            msg = kernel.kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        pytest.fail("kernel replied to a message with a wrong signature: %s %s" % (
            msg["msg_type"], msg["content"]))
    stray = [m for m in kernel.collect_iopub(None, timeout=0.3, until_idle=False)
             if m["parent_header"].get("msg_id") == bad_id]
    assert not stray, "kernel published for the forged message: %s" % stray
    # a properly signed request is answered, and the forged code did not run
    assert kernel.value("1 + 1") == "2"
    r = kernel.execute("hacked")
    assert r.status == "error" and r.error["ename"] == "CompilationError", r.summary()
    assert kernel.alive()


# 10 ------------------------------------------------------------------------------------------
def test_restart_is_fast_and_clears_state(kernel, timings):
    kernel.ok("int x = 41;")
    old_pid = kernel.pid
    t0 = time.monotonic()
    kernel.km.restart_kernel(now=False)
    t_restarted = time.monotonic() - t0
    kernel.kc.wait_for_ready(timeout=60)
    kernel.drain()
    assert kernel.value("1 + 1") == "2"
    total = time.monotonic() - t0
    timings("restart_kernel(now=False) call", t_restarted)
    timings("restart -> first result", total)
    assert kernel.pid != old_pid, "restart did not start a new process"
    r = kernel.execute("x")
    assert r.status == "error" and r.error["ename"] == "CompilationError", r.summary()
    # jupyter_client waits up to 5 s for a graceful exit, then kills: a graceful shutdown is faster
    assert t_restarted < 5.0, "restart_kernel took %.2f s (graceful shutdown failed?)" % t_restarted
    assert total < 10.0, "restart to first result took %.2f s" % total


# nbclient ------------------------------------------------------------------------------------
def test_notebook_through_nbclient(timings):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": KERNEL_NAME, "display_name": "Java", "language": "java"}
    nb.cells = [
        nbformat.v4.new_code_cell("int x = 41;"),
        nbformat.v4.new_code_cell('throw new IllegalStateException("boom");',
                                  metadata={"tags": ["raises-exception"]}),
        nbformat.v4.new_code_cell('System.out.println("x is " + x);\nx + 1'),
        nbformat.v4.new_code_cell("System.exit(2);", metadata={"tags": ["raises-exception"]}),
        nbformat.v4.new_code_cell("x * 2"),
    ]
    t0 = time.monotonic()
    NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=60, startup_timeout=90).execute()
    timings("nbclient 5-cell notebook", time.monotonic() - t0)
    c = nb.cells
    assert c[0].outputs == []
    assert [o.output_type for o in c[1].outputs] == ["error"]
    assert c[1].outputs[0].ename == "java.lang.IllegalStateException"
    outs = {o.output_type: o for o in c[2].outputs}
    assert outs["stream"].text == "x is 41\n"
    assert outs["execute_result"].data["text/plain"] == "42"
    assert c[3].outputs[0].ename.endswith("KernelExitRefused")
    assert c[4].outputs[0].data["text/plain"] == "82"
    assert [cell.execution_count for cell in c] == [1, 2, 3, 4, 5]
