#!/usr/bin/python3
"""Latency of a widget round trip: from the `update` message a page sends when a person moves the
cost-per-mine slider, to the kernel's new output (the Output widget's `outputs` update) of an
`interact` over the demining cost model (DeminingCost, the UN's 1996 range of mines in the ground).
Acts as the page through jupyter_client; each move waits for its output before the next (no merging).

    /usr/bin/python3 tools/bench_widgets.py [--kernel java] [--moves 200]
"""
import argparse
import queue
import statistics
import time

from jupyter_client.manager import start_new_kernel

CELL = """CostInput mines = CostInput.fromCostParameters("mines-in-ground.un-range-1996");
IntSlider perMine = new IntSlider("cost per mine (US$)", 100, 2000, 300);
interact(c -> DeminingCost.of(mines, CostInput.exactly("cost per mine", c, "US$ per mine")).range(), perMine)"""


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kernel", default="java")
    p.add_argument("--moves", type=int, default=200)
    p.add_argument("--warmup", type=int, default=20)
    args = p.parse_args()
    km, kc = start_new_kernel(kernel_name=args.kernel, startup_timeout=90)
    try:
        msg_id = kc.execute(CELL)
        opens = {}
        while True:
            m = kc.get_iopub_msg(timeout=60)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "comm_open":
                opens[m["content"]["data"]["state"]["_model_name"]] = m["content"]["comm_id"]
            if m["msg_type"] == "error":
                raise SystemExit("the cell failed: %s" % m["content"])
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        slider, output = opens["IntSliderModel"], opens["OutputModel"]
        times = []
        for i in range(args.warmup + args.moves):
            value = 300 + (i % 1000) + 1
            msg = kc.session.msg("comm_msg", {"comm_id": slider, "data": {"method": "update", "state": {"value": value},
                                                                        "buffer_paths": []}})
            t0 = time.perf_counter()
            kc.session.send(kc.shell_channel.socket, msg)
            while True:
                m = kc.get_iopub_msg(timeout=30)
                if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == output:
                    break
            if i >= args.warmup:
                times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[int(round(0.95 * (len(times) - 1)))]
        print("update -> new output, %d moves after %d warm-up: p50 %.1f ms, p95 %.1f ms, max %.1f ms"
              % (len(times), args.warmup, statistics.median(times), p95, times[-1]))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


if __name__ == "__main__":
    main()
