#!/usr/bin/python3
"""Benchmarks declaring large values in the `java` kernel: does a cell cost grow with its data?

Usage: /usr/bin/python3 tools/bench_values.py [--kernels java] [--repeat 5] [--out build/bench/values.json]

For each case, in one kernel:
  declare     the declaration cell (`double[] ys = new double[10_000_000];`), timed through
              jupyter_client from send to execute_reply and idle; median of --repeat runs (the same
              variable declared again each time, so the old value becomes garbage as in a notebook).
  trivial     `1 + 1` cells, median of 20.
  alloc       the same initializer in a plain Java method defined in the kernel, timed inside the
              JVM with System.nanoTime (no JShell, no messaging); median of --repeat runs.
  ratio       declare / (trivial + alloc): the issue's target is <= 2 for every case.

Prints a markdown table and writes JSON to --out. A benchmark, not a test: run it on a quiet machine
and read the ratios, which compare measurements of the same run.
"""
import argparse
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_kernel import ROOT, drain, machine, run_cell, shutdown, wait_quiet  # noqa: E402
from jupyter_client.manager import start_new_kernel  # noqa: E402

# (label, declared type, initializer)
CASES = [
    ("double[10^6]", "double[]", "new double[1_000_000]"),
    ("double[10^7]", "double[]", "new double[10_000_000]"),
    ("List<Double> of 2*10^6 boxed", "java.util.List<Double>",
     "java.util.stream.IntStream.range(0, 2_000_000).mapToObj(i -> (double) i)"
     ".collect(java.util.stream.Collectors.toList())"),
    ("Tablesaw table, 10^6 rows x 2 columns", "tech.tablesaw.api.Table",
     'tech.tablesaw.api.Table.create("bench", tech.tablesaw.api.DoubleColumn.create("x", new double[1_000_000]),'
     ' tech.tablesaw.api.IntColumn.indexColumn("i", 1_000_000, 0))'),
]


def cell_value(kc, code, timeout=120):
    """text/plain of a cell's result."""
    msg_id = kc.execute(code)
    value = None
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            value = msg["content"]["data"]["text/plain"]
        elif msg["msg_type"] == "error":
            raise RuntimeError("cell failed: %r: %s" % (code, msg["content"]))
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return value


def bench(name, repeat):
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=120)
    drain(kc)
    try:
        for _ in range(5):
            run_cell(kc, "1 + 1")
        wait_quiet(km)
        trivial = statistics.median(run_cell(kc, "1 + 1") for _ in range(20))
        rows = []
        for i, (label, type_, init) in enumerate(CASES):
            method = "benchMake%d" % i
            run_cell(kc, "static Object %s() { return %s; }" % (method, init))
            run_cell(kc, "long benchTime(java.util.function.Supplier<Object> s) { long t0 = System.nanoTime();"
                         " Object o = s.get(); long t = System.nanoTime() - t0; return o == null ? -1 : t; }")
            alloc = []
            for _ in range(repeat + 1):  # the first call also compiles the method: not counted
                alloc.append(int(cell_value(kc, "benchTime(() -> %s())" % method)) / 1e9)
            alloc = statistics.median(alloc[1:])
            declare = []
            for _ in range(repeat):
                declare.append(run_cell(kc, "%s benchValue%d = %s;" % (type_, i, init), timeout=300))
            run_cell(kc, "benchValue%d = null;" % i)
            d = statistics.median(declare)
            rows.append({"case": label, "declare_s": d, "declare_all_s": declare, "alloc_s": alloc,
                         "trivial_s": trivial, "ratio": d / (trivial + alloc)})
        return rows
    finally:
        shutdown(km, kc)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--kernels", default="java")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--out", default=os.path.join(ROOT, "build", "bench", "values.json"))
    args = p.parse_args()
    result = {"machine": machine(), "kernels": {}}
    for name in args.kernels.split(","):
        result["kernels"][name] = bench(name, args.repeat)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    print("machine: %s" % result["machine"])
    print("| kernel | value declared | declaration cell, ms | trivial cell, ms | allocation in a method, ms"
          " | ratio (target <= 2) |")
    print("|---|---|---|---|---|---|")
    for name, rows in result["kernels"].items():
        for r in rows:
            print("| %s | %s | %.0f | %.1f | %.1f | %.2f |" % (
                name, r["case"], r["declare_s"] * 1e3, r["trivial_s"] * 1e3, r["alloc_s"] * 1e3, r["ratio"]))


if __name__ == "__main__":
    main()
