#!/usr/bin/python3
"""Compares the text outputs of two ./reproduce runs (refactoring check: same text results).

Usage: compare_outputs.py BEFORE_DIR AFTER_DIR   (each a build/reproduce/ folder)

Compares, notebook by notebook and cell by cell, every output's text (streams, text/plain, text/html,
markdown, JSON, errors) and leaves images out; then claims.csv, robustness.json and run-record.txt line
for line (less the run record's commit line). Cell sources may differ (renamed classes). Exits 1 and names each difference.
"""
import glob
import json
import os
import sys

TEXT_SKIP = ("image/png", "image/svg+xml", "image/jpeg")


def texts(nb_path):
    with open(nb_path, encoding="utf-8") as f:
        nb = json.load(f)
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        outs = []
        for out in cell.get("outputs", []):
            if out["output_type"] == "stream":
                outs.append((out["name"], "".join(out["text"]) if isinstance(out["text"], list) else out["text"]))
            elif out["output_type"] == "error":
                outs.append(("error", out["ename"] + ": " + out["evalue"]))
            else:
                for mime, value in sorted(out.get("data", {}).items()):
                    if mime in TEXT_SKIP:
                        continue
                    if isinstance(value, list) and all(isinstance(v, str) for v in value):
                        value = "".join(value)
                    elif not isinstance(value, str):
                        value = json.dumps(value, sort_keys=True)
                    outs.append((mime, value))
        cells.append(outs)
    return cells


def same_lines(path):
    """The file's lines, less the run record's commit line (which names the commit, so always differs)."""
    with open(path, encoding="utf-8") as f:
        return [line for line in f if not line.startswith("git commit:")]


def main(before, after):
    problems = []
    for nb in sorted(glob.glob(os.path.join(before, "notebooks", "*.ipynb"))):
        name = os.path.basename(nb)
        other = os.path.join(after, "notebooks", name)
        if not os.path.exists(other):
            problems.append("%s: missing in %s" % (name, after))
            continue
        a, b = texts(nb), texts(other)
        if len(a) != len(b):
            problems.append("%s: %d code cells before, %d after" % (name, len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                problems.append("%s: code cell %d differs:\n  before %r\n  after  %r" % (name, i + 1, x, y))
    for f in ("claims.csv", "robustness.json", "run-record.txt"):
        pa, pb = os.path.join(before, f), os.path.join(after, f)
        if os.path.exists(pa) and (not os.path.exists(pb) or same_lines(pa) != same_lines(pb)):
            problems.append("%s differs" % f)
    for p in problems:
        print(p[:2000])
    print("%d differences" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
