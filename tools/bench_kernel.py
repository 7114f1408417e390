#!/usr/bin/python3
"""Benchmarks the `java` kernel against Debian's ipykernel (`python3`) through jupyter_client.

Usage: /usr/bin/python3 tools/bench_kernel.py [--kernels java,python3] [--starts 5] [--cells 60]
                                              [--out build/bench/kernel.json]

Measured per kernel, in one run:
  start -> first result   start_new_kernel() (start + kernel_info handshake) and a first `1 + 1`
                          cell until its execute_reply; repeated --starts times, median reported;
                          the kernels' starts interleave (one of each per round). Also the CPU
                          seconds (user + system) the kernel process had used by then: a measure
                          that a loaded machine stretches far less than wall time.
                          Also "raw": km.start_kernel() then the cell sent at once (ZMQ queues it),
                          timed to its execute_reply, without jupyter_client's wait_for_ready loop.
  first 5 cells           `1 + 1` right after start (p50): before the kernel's compiler warm-up.
  idle until quiet        then the wall time and the kernel's CPU until it uses < 0.05 s CPU in 0.5 s
                          (at most 60 s): the java kernel's compiler warm-up runs in this time.
  trivial cell p50/p95    `1 + 1` from send to execute_reply and idle, over --cells cells after 5
                          warm-up cells, once the kernel process is idle (start-up work finished).
  chart cell p50 (java)   an XChart XYChart 300x200 with one series returned as a cell value, i.e.
                          rendered to image/png; 10 runs after 2 warm-ups.
  restart -> first result km.restart_kernel(now=False), wait_for_ready, first `1 + 1`; median of 3.

Prints a markdown table (with java/python ratios) and writes JSON to --out.
"""
import argparse
import json
import os
import platform
import queue
import statistics
import subprocess
import sys
import time

from jupyter_client.manager import KernelManager, start_new_kernel

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRIVIAL = "1 + 1"
CHART = ("var benchChart = new org.knowm.xchart.XYChartBuilder().width(300).height(200).build();\n"
         'benchChart.addSeries("s", new double[] {1, 2, 3, 4}, new double[] {1, 4, 9, 16});\n'
         "benchChart")


def drain(kc, quiet=0.2):
    for get in (kc.get_shell_msg, kc.get_iopub_msg):
        while True:
            try:
                get(timeout=quiet)
            except queue.Empty:
                break


def shell_reply(kc, msg_id, timeout):
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no reply to %s in %.0f s" % (msg_id, timeout))
        try:
            msg = kc.get_shell_msg(timeout=left)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def run_cell(kc, code, timeout=60, want=None):
    """Seconds from send until both the execute_reply and the idle status arrived; asserts success
    and, if want is a MIME type, that the result has it."""
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    reply = shell_reply(kc, msg_id, timeout)
    t_reply = time.perf_counter()
    seen_idle, data = False, {}
    deadline = time.monotonic() + timeout
    while not seen_idle:
        msg = kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            data = msg["content"]["data"]
        elif msg["msg_type"] == "error":
            raise RuntimeError("cell failed: %r: %s" % (code, msg["content"]))
        seen_idle = msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle"
    t_idle = time.perf_counter()
    if reply["content"]["status"] != "ok":
        raise RuntimeError("cell failed: %r: %s" % (code, reply["content"]))
    if want and want not in data:
        raise RuntimeError("cell %r gave %s, not %s" % (code, list(data), want))
    return max(t_reply, t_idle) - t0


def proc_cpu(km):
    pid = km.provisioner.process.pid if getattr(km, "provisioner", None) else km.kernel.pid
    with open("/proc/%d/stat" % pid) as f:
        s = f.read()
    f = s[s.rindex(")") + 2:].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")


def wait_quiet(km, window=0.5, threshold=0.05, max_wait=15.0):
    t0 = time.monotonic()
    while time.monotonic() - t0 < max_wait:
        c = proc_cpu(km)
        time.sleep(window)
        if proc_cpu(km) - c < threshold:
            break
    return time.monotonic() - t0


def shutdown(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=False)


def pct(values, p):
    s = sorted(values)
    k = (len(s) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def bench_start(name, n):
    """n starts of kernel `name`: (start -> first result s, raw s, CPU s of the kernel process at the
    first result)."""
    first, raw, cpu = [], [], []
    for _ in range(n):
        t0 = time.perf_counter()
        km, kc = start_new_kernel(kernel_name=name, startup_timeout=120)
        drain(kc, 0.0)   # no waiting: leftovers of wait_for_ready are skipped by msg_id anyway
        run_cell(kc, TRIVIAL)
        first.append(time.perf_counter() - t0)
        cpu.append(proc_cpu(km))
        shutdown(km, kc)

        t0 = time.perf_counter()
        km = KernelManager(kernel_name=name)
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        msg_id = kc.execute(TRIVIAL)
        shell_reply(kc, msg_id, 120)
        raw.append(time.perf_counter() - t0)
        shutdown(km, kc)
    return first, raw, cpu


def bench_session(name, cells, chart):
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=120)
    drain(kc)
    try:
        early = [run_cell(kc, TRIVIAL) for _ in range(5)]
        cpu0 = proc_cpu(km)
        settle = wait_quiet(km, max_wait=60.0)
        settle_cpu = proc_cpu(km) - cpu0
        lat = [run_cell(kc, TRIVIAL) for _ in range(cells)]
        res = {"settle_s": settle, "settle_cpu_s": settle_cpu, "early_s": early, "trivial_s": lat}
        if chart:
            for _ in range(2):
                run_cell(kc, CHART, want="image/png")
            res["chart_s"] = [run_cell(kc, CHART, want="image/png") for _ in range(10)]
        restarts = []
        for _ in range(3):
            t0 = time.perf_counter()
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=120)
            drain(kc, 0.0)
            run_cell(kc, TRIVIAL)
            restarts.append(time.perf_counter() - t0)
        res["restart_s"] = restarts
        return res
    finally:
        shutdown(km, kc)


def machine():
    try:
        jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    except Exception as e:  # noqa: BLE001
        jdk = "unknown (%s)" % e
    try:
        import jupyter_client
        import ipykernel  # noqa: F401
        jc, ipk = jupyter_client.__version__, sys.modules["ipykernel"].__version__
    except Exception:  # noqa: BLE001
        jc, ipk = "?", "?"
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    return {"nproc": os.cpu_count(), "jdk": jdk, "python": platform.python_version(),
            "jupyter_client": jc, "ipykernel": ipk, "kernel": platform.release(), "loadavg_at_start": load}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--kernels", default="java,python3")
    p.add_argument("--starts", type=int, default=5)
    p.add_argument("--cells", type=int, default=60)
    p.add_argument("--out", default=os.path.join(ROOT, "build", "bench", "kernel.json"))
    a = p.parse_args()
    if a.cells < 50:
        p.error("--cells must be at least 50")

    out = {"machine": machine(), "kernels": {}}
    names = a.kernels.split(",")
    # starts interleaved (one of each kernel per round), so that a machine whose load drifts during
    # the run weighs on every kernel alike
    starts = {n: ([], [], []) for n in names}
    for i in range(a.starts):
        for name in names:
            print("start %d/%d of %s ..." % (i + 1, a.starts, name), file=sys.stderr, flush=True)
            for acc, v in zip(starts[name], bench_start(name, 1)):
                acc.extend(v)
    for name in names:
        print("benchmarking cells of %s ..." % name, file=sys.stderr, flush=True)
        first, raw, cpu = starts[name]
        s = bench_session(name, a.cells, chart=(name == "java"))
        r = {
            "first_result_s": first, "first_result_median_s": statistics.median(first),
            "first_result_cpu_s": cpu, "first_result_cpu_median_s": statistics.median(cpu),
            "first_result_raw_s": raw, "first_result_raw_median_s": statistics.median(raw),
            "trivial_p50_ms": 1000 * pct(s["trivial_s"], 50), "trivial_p95_ms": 1000 * pct(s["trivial_s"], 95),
            "trivial_n": len(s["trivial_s"]), "trivial_s": s["trivial_s"], "settle_s": s["settle_s"],
            "settle_cpu_s": s["settle_cpu_s"], "early_s": s["early_s"],
            "early_p50_ms": 1000 * pct(s["early_s"], 50),
            "restart_s": s["restart_s"], "restart_median_s": statistics.median(s["restart_s"]),
        }
        if "chart_s" in s:
            r["chart_s"] = s["chart_s"]
            r["chart_p50_ms"] = 1000 * pct(s["chart_s"], 50)
        out["kernels"][name] = r
    with open("/proc/loadavg") as f:
        out["machine"]["loadavg_at_end"] = f.read().split()[:3]

    ks = out["kernels"]
    rows = [("start -> first result (median of %d), s" % a.starts, "first_result_median_s", 1, "%.2f"),
            ("start -> first result, raw (median of %d), s" % a.starts, "first_result_raw_median_s", 1, "%.2f"),
            ("CPU of the kernel process at its first result (median), s", "first_result_cpu_median_s", 1, "%.2f"),
            ("first 5 cells after start, p50, ms", "early_p50_ms", 1, "%.1f"),
            ("then idle until quiet (java: the compiler warm-up), s", "settle_s", 1, "%.1f"),
            ("CPU used while idle until quiet, s", "settle_cpu_s", 1, "%.2f"),
            ("trivial cell p50, ms", "trivial_p50_ms", 1, "%.1f"),
            ("trivial cell p95, ms", "trivial_p95_ms", 1, "%.1f"),
            ("chart cell p50 (XChart PNG, 10 runs), ms", "chart_p50_ms", 1, "%.0f"),
            ("restart -> first result (median of 3), s", "restart_median_s", 1, "%.2f")]
    names = list(ks)
    # one ratio column per kernel against Debian's ipykernel (python3), measured in the same run
    compared = [n for n in names if n != "python3"] if "python3" in ks else []
    head = "| measure | " + " | ".join(names) + " |" + "".join(" %s/python3 |" % n for n in compared)
    lines = [head, "|" + "---|" * (len(names) + 1 + len(compared))]
    out["ratios_over_python3"] = {n: {} for n in compared}
    for label, key, _, fmt in rows:
        cells = [(fmt % ks[n][key]) if key in ks[n] else "—" for n in names]
        line = "| %s | %s |" % (label, " | ".join(cells))
        for n in compared:
            if key in ks[n] and key in ks["python3"] and ks["python3"][key]:
                q = ks[n][key] / ks["python3"][key]
                out["ratios_over_python3"][n][key] = q
                line += " %.2f |" % q
            else:
                line += " — |"
        lines.append(line)
    table = "\n".join(lines)
    out["table_markdown"] = table
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump(out, f, indent=2)
    m = out["machine"]
    print("machine: %d cores, %s, loadavg %s -> %s" % (m["nproc"], m["jdk"], " ".join(m["loadavg_at_start"]),
                                                        " ".join(m["loadavg_at_end"])))
    print()
    print(table)
    print()
    print("wrote %s" % os.path.relpath(a.out, os.getcwd()))


if __name__ == "__main__":
    main()
