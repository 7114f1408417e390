"""The compiler warm-up (kernel/.../eval/CompilerWarmup.java) through a real Jupyter client: it runs in
idle time after start-up, ends by itself, leaves the user's state alone, and is off with
TREATYLAB_KERNEL_WARMUP_CELLS=0.
"""
import os
import time

from conftest import KernelSession

WARMUP_THREAD = "kernel-compiler-warmup"
ALIVE = ('Thread.getAllStackTraces().keySet().stream()'
         '.anyMatch(t -> t.getName().equals("%s"))' % WARMUP_THREAD)


def warmup_seen(kernel):
    """Whether the warm-up thread exists now (/proc shows its name cut to 15 characters)."""
    return any(name.split(" ", 1)[1] == WARMUP_THREAD[:15] for name in kernel.thread_cpu())


def test_warmup_runs_while_idle_ends_and_leaves_user_state_alone(kernel, timings):
    assert kernel.value("1 + 1") == "2"
    deadline = time.monotonic() + 30
    while not warmup_seen(kernel) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert warmup_seen(kernel), "no warm-up thread after start-up"
    # a cell while the warm-up runs is answered, and right
    assert kernel.value("6 * 7") == "42"
    t0 = time.monotonic()
    while warmup_seen(kernel) and time.monotonic() - t0 < 120:
        time.sleep(0.5)  # idle: the warm-up evaluates only when no cell came for 250 ms
    timings("warm-up done after", time.monotonic() - t0)
    assert not warmup_seen(kernel), "the warm-up thread still runs after 120 s idle"
    assert kernel.value(ALIVE) == "false"
    # its declarations, imports and classes were its own: none is visible to the user's cells
    for name in ("warmCount", "warmText", "warmTwice(1)", "new WarmPair(\"a\", 1)", "warmList", "warmMap"):
        r = kernel.execute(name)
        assert r.status == "error", "%s from the warm-up is visible to the user: %s" % (name, r.summary())
        assert r.error["ename"] == "CompilationError", r.error
    assert kernel.value("List.of(1, 2).size()") == "2"  # the default imports are the user's as before
    kernel.ok("int warmCount = 3;")  # the user may use the same names
    assert kernel.value("warmCount * 2") == "6"


def test_warmup_off_when_asked():
    env = dict(os.environ, TREATYLAB_KERNEL_WARMUP_CELLS="0")
    ks = KernelSession(env=env)
    try:
        assert ks.value("1 + 1") == "2"
        time.sleep(1.5)  # longer than the idle time after which the warm-up would begin
        assert not warmup_seen(ks), "the warm-up ran although TREATYLAB_KERNEL_WARMUP_CELLS=0"
        assert ks.value(ALIVE) == "false"
    finally:
        ks.shutdown()
