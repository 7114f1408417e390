"""Fixtures for driving the real `java` kernel through jupyter_client.

Run with Debian's Jupyter:  cd /work/main && /usr/bin/python3 -m pytest -q tests/kernel

Every wait has a deadline, and every test runs under a hard SIGALRM limit, so a kernel that
stops answering makes a test fail instead of hanging the run.
"""
import json
import os
import queue
import signal
import time

import pytest
from jupyter_client.manager import start_new_kernel

KERNEL_NAME = os.environ.get("TREATYLAB_KERNEL", "java")
STARTUP_TIMEOUT = 90          # s; the machine is noisy
HARD_TEST_LIMIT = 300         # s; per test, enforced with SIGALRM
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_TIMINGS = {}


class Result:
    """What one execute_request produced: the reply and the iopub messages with its parent id."""

    def __init__(self, msg_id, reply, messages, elapsed):
        self.msg_id = msg_id
        self.reply = reply              # the execute_reply message (whole message)
        self.messages = messages        # iopub messages whose parent is this request, busy..idle
        self.elapsed = elapsed          # s from send to execute_reply

    @property
    def status(self):
        return self.reply["content"]["status"]

    def of_type(self, *types):
        return [m for m in self.messages if m["msg_type"] in types]

    @property
    def errors(self):
        return [m["content"] for m in self.of_type("error")]

    @property
    def error(self):
        errs = self.errors
        assert len(errs) == 1, "expected exactly one error message, got %r" % (errs,)
        return errs[0]

    def stream(self, name="stdout"):
        return "".join(m["content"]["text"] for m in self.of_type("stream") if m["content"]["name"] == name)

    @property
    def result_data(self):
        res = self.of_type("execute_result")
        assert len(res) == 1, "expected one execute_result, got %d; messages: %s" % (len(res), self.summary())
        return res[0]["content"]["data"]

    @property
    def text(self):
        return self.result_data.get("text/plain")

    def summary(self, limit=2000):
        parts = []
        for m in self.messages:
            c = dict(m["content"])
            if "text" in c and len(c["text"]) > 200:
                c["text"] = c["text"][:200] + "...(%d chars)" % len(m["content"]["text"])
            parts.append("%s %s" % (m["msg_type"], json.dumps(c)[:400]))
        s = "reply=%s; " % json.dumps(self.reply["content"])[:600] + " | ".join(parts)
        return s[:limit]


class KernelSession:
    """A started kernel (km) and its blocking client (kc) with deadline-bounded helpers."""

    def __init__(self, kernel_name=KERNEL_NAME, **kwargs):
        t0 = time.monotonic()
        self.km, self.kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=STARTUP_TIMEOUT, **kwargs)
        self.start_time = time.monotonic() - t0
        self.drain()

    # -- plumbing ---------------------------------------------------------------------------
    @property
    def pid(self):
        prov = getattr(self.km, "provisioner", None)
        proc = getattr(prov, "process", None) if prov is not None else None
        if proc is not None:
            return proc.pid
        return self.km.kernel.pid

    def cpu_seconds(self):
        """utime + stime of the kernel process, from /proc/<pid>/stat."""
        with open("/proc/%d/stat" % self.pid) as f:
            stat = f.read()
        fields = stat[stat.rindex(")") + 2:].split()
        # fields[0] is field 3 (state); utime/stime are fields 14/15
        utime, stime = int(fields[11]), int(fields[12])
        return (utime + stime) / os.sysconf("SC_CLK_TCK")

    def thread_cpu(self):
        """{"tid name": cpu seconds} for each thread of the kernel process (for diagnostics)."""
        out = {}
        base = "/proc/%d/task" % self.pid
        for tid in os.listdir(base):
            try:
                with open("%s/%s/stat" % (base, tid)) as f:
                    stat = f.read()
                with open("%s/%s/comm" % (base, tid)) as f:
                    name = f.read().strip()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            out["%s %s" % (tid, name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return out

    def wait_quiet(self, window=0.5, threshold=0.05, max_wait=20.0):
        """Waits until the kernel process uses less than `threshold` s of CPU in `window` s: a fresh
        kernel keeps loading extensions and JIT-compiling for a few seconds after kernel_info, which
        would blur CPU measurements. Returns how long it waited."""
        t0 = time.monotonic()
        while time.monotonic() - t0 < max_wait:
            c = self.cpu_seconds()
            time.sleep(window)
            if self.cpu_seconds() - c < threshold:
                break
        return time.monotonic() - t0

    @staticmethod
    def cpu_diff(before, after, min_seconds=0.02):
        return {k: round(v - before.get(k, 0.0), 2) for k, v in after.items()
                if v - before.get(k, 0.0) >= min_seconds}

    def drain(self, quiet=0.2):
        """Throws away replies and iopub messages left over (e.g. extra kernel_info replies from
        wait_for_ready's retries)."""
        for get in (self.kc.get_shell_msg, self.kc.get_iopub_msg):
            while True:
                try:
                    get(timeout=quiet)
                except queue.Empty:
                    break

    def shell_reply(self, msg_id, timeout):
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no shell reply to %s within %.1f s" % (msg_id, timeout))
            try:
                msg = self.kc.get_shell_msg(timeout=left)
            except queue.Empty:
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def request(self, send, timeout=30):
        """send() sends a shell request and returns its msg_id; returns the reply's content."""
        return self.shell_reply(send(), timeout)["content"]

    def collect_iopub(self, msg_id, timeout, until_idle=True, on_message=None):
        """iopub messages with parent msg_id until its idle status (or for `timeout` s when
        until_idle is False)."""
        deadline = time.monotonic() + timeout
        out = []
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                if until_idle:
                    raise TimeoutError("no idle status for %s within %.1f s; got %d messages: %s" % (
                        msg_id, timeout, len(out), [m["msg_type"] for m in out][-20:]))
                return out
            try:
                msg = self.kc.get_iopub_msg(timeout=min(left, 0.1))
            except queue.Empty:
                if on_message:
                    on_message(None)
                continue
            if on_message:
                on_message(msg)
            if msg_id is not None and msg["parent_header"].get("msg_id") != msg_id:
                continue
            out.append(msg)
            if until_idle and msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return out

    def execute(self, code, timeout=60, on_message=None):
        t0 = time.monotonic()
        msg_id = self.kc.execute(code)
        messages = self.collect_iopub(msg_id, timeout, on_message=on_message)
        left = max(1.0, timeout - (time.monotonic() - t0))
        reply = self.shell_reply(msg_id, left)
        return Result(msg_id, reply, messages, time.monotonic() - t0)

    def ok(self, code, timeout=60):
        """Executes code and asserts it succeeded; returns the Result."""
        r = self.execute(code, timeout)
        assert r.status == "ok" and not r.errors, "cell failed: %r -> %s" % (code, r.summary())
        return r

    def value(self, code, timeout=60):
        """text/plain of the cell's execute_result."""
        return self.ok(code, timeout).text

    def alive(self):
        return self.km.is_alive()

    def shutdown(self):
        try:
            self.kc.stop_channels()
        finally:
            try:
                self.km.shutdown_kernel(now=False)
            except Exception:
                self.km.shutdown_kernel(now=True)


@pytest.fixture
def kernel():
    """A fresh kernel per test."""
    ks = KernelSession()
    try:
        yield ks
    finally:
        ks.shutdown()


@pytest.fixture(scope="module")
def shared_kernel():
    """One kernel for a whole module (protocol tests that do not break the kernel)."""
    ks = KernelSession()
    try:
        yield ks
    finally:
        ks.shutdown()


@pytest.fixture
def timings(request):
    """record(name, seconds): the numbers are printed at the end of the run and written to
    build/kernel-tests/timings.json."""

    def record(name, seconds):
        _TIMINGS["%s: %s" % (request.node.name, name)] = round(seconds, 3)

    return record


class _HardTimeout(Exception):
    pass


@pytest.fixture(autouse=True)
def _hard_limit():
    def on_alarm(signum, frame):
        raise _HardTimeout("test exceeded the hard limit of %d s" % HARD_TEST_LIMIT)

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(HARD_TEST_LIMIT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def pytest_terminal_summary(terminalreporter):
    if not _TIMINGS:
        return
    terminalreporter.section("kernel timings (s)")
    for k, v in _TIMINGS.items():
        terminalreporter.write_line("%-70s %8.3f" % (k, v))
    out = os.path.join(ROOT, "build", "kernel-tests")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "timings.json"), "w") as f:
        json.dump(_TIMINGS, f, indent=2)
