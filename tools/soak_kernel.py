#!/usr/bin/python3
"""Long-session soak of the `java` kernel: does a cell get slower as a session grows?

Usage: /usr/bin/python3 tools/soak_kernel.py [--kernel java] [--cells 2000] [--out build/bench/soak.json]

Runs --cells cells in one kernel, cycling through six kinds a notebook session is made of:
allocating (a 200,000-double array declared again under the same name), printing (20 lines),
redefining a method, redefining a record, a variable among 100 names (the session's state grows by
one declaration every sixth cell until all 100 exist, after cell 600, then they are redefined), and
an expression using all of those. Each cell is
timed through jupyter_client from send to execute_reply and idle.

Reports the median and p95 latency of the first and the last 200 cells, their ratio (the issue's
target: last/first <= 1.3 on a quiet machine), the kernel's resident memory at the start and the end,
and writes every latency to --out. A benchmark, not a test.
"""
import argparse
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_kernel import ROOT, drain, machine, pct, run_cell, shutdown, wait_quiet  # noqa: E402
from jupyter_client.manager import start_new_kernel  # noqa: E402

WINDOW = 200
NAMES = 100


def cell(i):
    kind = i % 6
    if kind == 0:
        return "double[] soakBuffer = new double[200_000];\nsoakBuffer[%d] = %d;" % (i % 1000, i)
    if kind == 1:
        return 'for (int k = 0; k < 20; k++) System.out.println("cell %d line " + k);' % i
    if kind == 2:
        return "int soakF(int x) { return x + %d; }" % i
    if kind == 3:
        return "record SoakPoint(int a, int b) { int sum() { return a + b + %d; } }" % i
    if kind == 4:
        return "int soakVar%d = %d;" % (i // 6 % NAMES, i)
    return "soakF(1) + new SoakPoint(2, 3).sum() + soakBuffer.length + soakVar%d" % ((i - 1) // 6 % NAMES)


def resident_mib(km):
    pid = km.provisioner.process.pid if getattr(km, "provisioner", None) else km.kernel.pid
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return None


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--kernel", default="java")
    p.add_argument("--cells", type=int, default=2000)
    p.add_argument("--out", default=os.path.join(ROOT, "build", "bench", "soak.json"))
    args = p.parse_args()
    if args.cells < 2 * WINDOW:
        raise SystemExit("--cells %d: give at least %d (two windows of %d cells)" % (args.cells, 2 * WINDOW, WINDOW))
    km, kc = start_new_kernel(kernel_name=args.kernel, startup_timeout=120)
    drain(kc)
    try:
        for i in range(6):
            run_cell(kc, cell(i))
        wait_quiet(km)
        rss_start = resident_mib(km)
        t0 = time.monotonic()
        latencies = [run_cell(kc, cell(i), timeout=120) for i in range(6, 6 + args.cells)]
        wall = time.monotonic() - t0
        rss_end = resident_mib(km)
    finally:
        shutdown(km, kc)
    first, last = latencies[:WINDOW], latencies[-WINDOW:]
    summary = {
        "first_p50_ms": statistics.median(first) * 1e3, "last_p50_ms": statistics.median(last) * 1e3,
        "first_p95_ms": pct(first, 95) * 1e3, "last_p95_ms": pct(last, 95) * 1e3,
        "ratio_p50": statistics.median(last) / statistics.median(first),
        "rss_start_mib": rss_start, "rss_end_mib": rss_end, "wall_s": wall, "cells": args.cells,
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump({"machine": machine(), "kernel": args.kernel, "summary": summary, "latencies_s": latencies}, f)
    print("machine: %s" % machine())
    print("| kernel | cells | first %d p50 / p95, ms | last %d p50 / p95, ms | last/first p50 (target <= 1.3) |"
          " resident MiB start -> end | wall, s |" % (WINDOW, WINDOW))
    print("|---|---|---|---|---|---|---|")
    print("| %s | %d | %.1f / %.1f | %.1f / %.1f | %.2f | %s -> %s | %.0f |" % (
        args.kernel, args.cells, summary["first_p50_ms"], summary["first_p95_ms"], summary["last_p50_ms"],
        summary["last_p95_ms"], summary["ratio_p50"], rss_start, rss_end, wall))


if __name__ == "__main__":
    main()
