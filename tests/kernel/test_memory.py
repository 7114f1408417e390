"""Memory bounds of the `java` kernel: the heap is capped by default, the cap can be changed at install
(install_kernel.py --max-heap) and at launch (JDK_JAVA_OPTIONS=-Xmx...), and memory a cell took is
given back to the operating system afterwards (resident memory read from /proc/PID/status).
"""
import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import KERNEL_NAME, ROOT, KernelSession

GIB = 1 << 30
# what the kernel may keep resident after a spike: JShell, javac and the JIT (~150-350 MB measured)
# plus the heap the collector keeps around what is live; the spikes below are 1.2-4 GiB
RESIDENT_BOUND = 1 * GIB


def resident_bytes(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/%d/status" % pid)


def machine_memory():
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def max_heap(kernel):
    return int(kernel.value("Runtime.getRuntime().maxMemory()"))


def wait_resident_below(pid, bound, seconds):
    """Resident memory once it is below `bound`, or the last reading after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        rss = resident_bytes(pid)
        if rss < bound or time.monotonic() > deadline:
            return rss
        time.sleep(0.25)


def test_heap_is_capped_by_default_at_a_quarter_of_memory_and_4_gib(kernel):
    cap = max_heap(kernel)
    expected = min(4 * GIB, machine_memory() // 4)
    # the JVM reports the heap less one survivor space: allow 15 % below
    assert 0.85 * expected <= cap <= expected, "max heap %d MiB, expected about %d MiB" % (cap >> 20, expected >> 20)


def test_out_of_memory_then_resident_memory_comes_back_and_next_cell_works(kernel, timings):
    kernel.ok("int x = 41;")
    pid = kernel.pid
    # the hog is a local of a block: once the cell fails, all of it is garbage
    r = kernel.execute("{ List<long[]> hog = new ArrayList<>(); while (true) hog.add(new long[10_000_000]); }",
                       timeout=240)
    timings("OutOfMemoryError cell (default cap)", r.elapsed)
    assert r.status == "error", r.summary()
    assert "OutOfMemoryError" in r.error["ename"] + r.error["evalue"], r.error
    rss = wait_resident_below(pid, RESIDENT_BOUND, 10)
    timings("resident MiB after the OutOfMemoryError", rss / (1 << 20))
    assert rss < RESIDENT_BOUND, "kernel keeps %d MiB resident after the OutOfMemoryError" % (rss >> 20)
    assert kernel.value("x + 1") == "42"
    assert kernel.value("new long[50_000_000].length") == "50000000"
    assert kernel.pid == pid


def test_a_spike_without_error_is_given_back(kernel, timings):
    pid = kernel.pid
    kernel.ok("{ long[][] big = new long[15][]; for (int i = 0; i < big.length; i++) big[i] = new long[10_000_000]; }",
              timeout=240)
    rss = wait_resident_below(pid, RESIDENT_BOUND, 15)
    timings("resident MiB after a 1.2 GB spike", rss / (1 << 20))
    assert rss < RESIDENT_BOUND, "kernel keeps %d MiB resident after a 1.2 GB spike" % (rss >> 20)
    # what is still referenced stays: a kept 400 MB array is not lost to the collection
    kernel.ok("long[] kept = new long[50_000_000]; kept[49_999_999] = 7;")
    assert kernel.value("kept[49_999_999]") == "7"


def test_heap_cap_from_the_environment_at_launch():
    env = dict(os.environ, JDK_JAVA_OPTIONS="-Xmx300m")
    ks = KernelSession(env=env)
    try:
        cap = max_heap(ks)
        assert 250 << 20 <= cap <= 300 << 20, "max heap %d MiB with -Xmx300m" % (cap >> 20)
        r = ks.execute("long[] tooBig = new long[60_000_000];")  # 480 MB
        assert r.status == "error" and "OutOfMemoryError" in r.error["ename"], r.summary()
        assert ks.value("1 + 1") == "2"
    finally:
        ks.shutdown()


def _installed_lib_dir(name):
    from jupyter_client.kernelspec import KernelSpecManager
    argv = KernelSpecManager().get_kernel_spec(name).argv
    cp = argv[argv.index("-cp") + 1]
    return os.path.dirname(cp), argv[0]


def test_heap_cap_from_install_option():
    lib, java = _installed_lib_dir(KERNEL_NAME)
    name = "java-heap-test-%d" % os.getpid()
    installer = os.path.join(ROOT, "tools", "install_kernel.py")
    subprocess.run([sys.executable, installer, lib, "--java", java, "--no-cds", "--max-heap", "512m",
                    "--name", name], check=True, capture_output=True)
    try:
        ks = KernelSession(kernel_name=name)
        try:
            cap = max_heap(ks)
            assert 430 << 20 <= cap <= 512 << 20, "max heap %d MiB with --max-heap 512m" % (cap >> 20)
        finally:
            ks.shutdown()
    finally:
        subprocess.run([sys.executable, "-m", "jupyter", "kernelspec", "remove", "-f", name],
                       capture_output=True)


@pytest.mark.parametrize("size, message", [("3x", "give a size such as 512m"), ("10m", "below 64m")])
def test_install_refuses_a_bad_heap_size(size, message):
    lib, _ = _installed_lib_dir(KERNEL_NAME)
    done = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "install_kernel.py"), lib,
                           "--max-heap", size, "--no-cds", "--name", "never-installed"],
                          capture_output=True, text=True)
    assert done.returncode != 0 and message in done.stderr, done.stderr
