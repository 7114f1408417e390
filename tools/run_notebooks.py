#!/usr/bin/python3
"""Executes notebooks in fresh kernels and writes what a reader needs.

Usage: run_notebooks.py [--out DIR] [--timeout S] [--expected-ledger FILE] [--update-expected-ledger] [NOTEBOOK ...]

For each notebook (default: every notebooks/*.ipynb, in name order) it starts a fresh kernel of the
notebook's kernelspec, runs every cell, and writes under --out (default build/reproduce):
  notebooks/NAME.ipynb   the executed notebook
  html/NAME.html         its HTML export
  figures/NAME/TITLE.png every chart the notebook shows, named from its title (e.g.
                         figures/10-petrova-2019/figure-1-mbt-vs-apii.png); with --svg also TITLE.svg
  claims.csv             the claims ledger: every claim of every paper whose notebook ran, with the
                         fields of lib/src/main/resources/org/treatylab/claims/ledger-schema.json
  robustness.json        every robustness table the notebooks showed (a claim's value under each
                         reasonable definition), for the website
A one-screen summary follows, with each paper's count of the six verdicts. With --expected-ledger
(./run-tests passes tests/expected-ledger.csv) every claim whose paper ran must keep the committed
computed value and verdict; --update-expected-ledger rewrites that file from this run instead.
The exit status is 1 if any notebook failed or the ledger moved.
Outputs carry no timestamps, so two runs on the same inputs give the same text.
"""
import argparse
import base64
import csv
import json
import os
import re
import shutil
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def resolve(names):
    nb_dir = os.path.join(ROOT, "notebooks")
    if not names:
        return sorted(os.path.join(nb_dir, f) for f in os.listdir(nb_dir) if f.endswith(".ipynb"))
    paths = []
    for n in names:
        candidates = [n, os.path.join(nb_dir, n), os.path.join(nb_dir, n + ".ipynb")]
        found = next((c for c in candidates if os.path.isfile(c)), None)
        if found:
            paths.append(os.path.abspath(found))
            continue
        # a word: every notebook whose name contains it ("tutorial" runs the tutorial and its solutions)
        matches = sorted(f for f in os.listdir(nb_dir) if f.endswith(".ipynb") and n in f)
        if not matches:
            sys.exit("no notebook matches '%s' (notebooks: %s)" % (
                n, ", ".join(sorted(f for f in os.listdir(nb_dir) if f.endswith(".ipynb")))))
        paths.extend(os.path.join(nb_dir, m) for m in matches)
    return sorted(set(paths), key=paths.index)


def slug(text):
    """'Figure 1: MBT vs APII' -> 'figure-1-mbt-vs-apii' (ASCII letters and digits, whole words, at most
    60 characters)."""
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    words = [part for part in out.split("-") if part]
    out = ""
    for w in words:  # whole words up to 60 characters
        if out and len(out) + 1 + len(w) > 60:
            break
        out = w if not out else out + "-" + w
    return out[:60]


def chart_title(out):
    """The chart's title: from the output's metadata (the library's renderer puts it there), else from
    its text form 'XYChart "TITLE" (2 series)'."""
    title = (out.get("metadata") or {}).get("treatylab", {}).get("title")
    if title:
        return title
    text = out.get("data", {}).get("text/plain", "")
    text = "".join(text) if isinstance(text, list) else text
    if '"' in text:
        first, last = text.find('"'), text.rfind('"')
        if last > first:
            return text[first + 1:last]
    return ""


def figure_names(nb):
    """One file name (without extension) per image output, in order: the slug of the chart's title,
    'figure-N' when it has none, with '-2', '-3' for a title seen before. The PNG and the SVG of one
    output share the name."""
    names, seen, count = [], set(), 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" not in data and "image/svg+xml" not in data:
                continue
            count += 1
            base = slug(chart_title(out)) or "figure-%d" % count
            name, n = base, 1
            while name in seen:
                n += 1
                name = "%s-%d" % (base, n)
            seen.add(name)
            names.append((out, name))
    return names


def save_figures(nb, fig_dir):
    """Writes each image output as NAME.png and/or NAME.svg (see figure_names) into a fresh fig_dir;
    returns the count of figures (a PNG and its SVG count once)."""
    if os.path.isdir(fig_dir):
        shutil.rmtree(fig_dir)  # no stale files from an earlier run or an older naming
    named = figure_names(nb)
    for out, name in named:
        data = out["data"]
        os.makedirs(fig_dir, exist_ok=True)
        if "image/png" in data:
            with open(os.path.join(fig_dir, name + ".png"), "wb") as f:
                f.write(base64.b64decode(data["image/png"]))
        if "image/svg+xml" in data:
            content = data["image/svg+xml"]
            with open(os.path.join(fig_dir, name + ".svg"), "w") as f:
                f.write("".join(content) if isinstance(content, list) else content)
    return len(named)


def drop_print_svgs(nb):
    """Removes the SVGs that --svg added beside PNGs, so the written notebooks carry PNG only (an SVG a
    cell asked for, display(chart, "image/svg+xml"), has no PNG beside it and stays)."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" in data and "image/svg+xml" in data:
                del data["image/svg+xml"]


CLAIM_MIME = "application/vnd.treatylab.claim-check+json"
LEDGER_MIME = "application/vnd.treatylab.ledger+json"
ROBUSTNESS_MIME = "application/vnd.treatylab.robustness+json"
SCHEMA_PATH = os.path.join(ROOT, "lib", "src", "main", "resources", "org", "treatylab", "claims", "ledger-schema.json")


def ledger_schema():
    """The one ledger row schema, shared with the Java library (org.treatylab.claims.LedgerSchema)."""
    with open(SCHEMA_PATH) as f:
        return json.load(f)


SCHEMA = ledger_schema()
CLAIM_FIELDS = [f["name"] for f in SCHEMA["fields"]]
VERDICTS = SCHEMA["verdicts"]
EXPECTED_FIELDS = SCHEMA["expected"]


def claim_checks(nb, name):
    """The claims a notebook settled: its whole ledger where it shows one (every claim of the paper,
    checked or not), else each claim check it showed; latest per claim, in ledger order."""
    checks = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            ledger = data.get(LEDGER_MIME)
            if isinstance(ledger, list):
                for row in ledger:
                    checks.pop(row["claim_id"], None)
                    checks[row["claim_id"]] = dict(row, notebook=name, from_ledger=True)
            check = data.get(CLAIM_MIME)
            if isinstance(check, dict) and check["claim_id"] not in checks:
                checks[check["claim_id"]] = {
                    "paper": check["paper"], "claim_id": check["claim_id"], "claim": check["quote"],
                    "paper_value": check["paper_value"], "computed_value": check["data_value"],
                    "unit": check["unit"], "verdict": check["verdict"], "quantity": check["how"],
                    "note": check["reason"], "rows_used": check.get("rows_used", ""),
                    "notebook": name, "location": check["location"], "tolerance": check["tolerance"]}
    return list(checks.values())


def robustness_tables(nb, name):
    """The robustness tables a notebook showed, latest per anchor."""
    tables = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            table = out.get("data", {}).get(ROBUSTNESS_MIME)
            if isinstance(table, dict):
                tables[table["anchor"]] = dict(table, notebook=name)
    return list(tables.values())


def read_expected(path):
    with open(path, newline="") as f:
        return {r["claim_id"]: r for r in csv.DictReader(f)}


def compare_ledger(rows, expected):
    """Lines naming each claim whose computed value or verdict differs from the committed expectation,
    for the papers in rows (a partial run checks only the papers it ran)."""
    rows = [r for r in rows if r.get("from_ledger")]
    papers = {r["paper"] for r in rows}
    actual = {r["claim_id"]: r for r in rows}
    problems = []
    for cid, exp in sorted(expected.items()):
        if cid.split(".")[0] not in papers:
            continue
        got = actual.get(cid)
        if got is None:
            problems.append("%s: in the expected ledger but not in this run" % cid)
            continue
        for field in EXPECTED_FIELDS[1:]:
            if got.get(field, "") != exp.get(field, ""):
                problems.append("%s: %s was %r, now %r" % (cid, field, exp.get(field, ""), got.get(field, "")))
    for cid in sorted(set(actual) - set(expected)):
        problems.append("%s: new claim, not in the expected ledger" % cid)
    return problems


def write_expected(path, rows):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=EXPECTED_FIELDS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(sorted(rows, key=lambda r: r["claim_id"]))


def verdict_counts_line(rows):
    """One notebook's claims as one line: "46 claims: 18 reproduced, 6 differs, 0 not comparable, 22 not computable"."""
    counts = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    shown = [v for v in VERDICTS if v != "not checked" or counts.get(v)]
    return "%d claims: %s" % (len(rows), ", ".join("%d %s" % (counts.get(v, 0), v) for v in shown))


def ledger_summary(rows):
    """Per paper: the count of each of the six verdicts (and of claims not checked, when any), e.g.
    petrova2019: 44 claims — 16 reproduced, 6 differs, 0 not comparable, 22 not computable."""
    papers = {}
    for r in rows:
        counts = papers.setdefault(r["paper"], {})
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    lines = []
    for paper, counts in sorted(papers.items()):
        shown = [v for v in VERDICTS if v != "not checked" or counts.get(v)]
        lines.append("%s: %d claims — %s" % (paper, sum(counts.values()),
                                             ", ".join("%d %s" % (counts.get(v, 0), v) for v in shown)))
    return lines


def exporter():
    """HTML export that shows charts as PNG: nbconvert 6.5 cleans inline SVG down to an empty frame
    (an output with both shows its PNG)."""
    from traitlets.config import Config
    priority = ["application/vnd.jupyter.widget-view+json", "application/javascript", "text/html",
                "text/markdown", "text/latex", "image/png", "image/jpeg", "image/svg+xml", "text/plain"]
    return HTMLExporter(config=Config({"NbConvertBase": {"display_data_priority": priority}}))


WIDGET_STATE_MIME = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"


def strip_volatile(nb):
    """Removes what differs between runs of the same inputs (timings). The widget state nbclient saved
    (metadata.widgets) stays: the kernel numbers its widget models per kernel, so the same notebook gives
    the same model ids on every run, and a static page (the website) shows the widgets from that state."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)


def has_widgets(nb):
    """True when the notebook carries saved widget state and at least one widget view."""
    if WIDGET_STATE_MIME not in nb.metadata.get("widgets", {}):
        return False
    return any(WIDGET_VIEW_MIME in out.get("data", {}) for cell in nb.cells for out in cell.get("outputs", []))


UUID_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def stable_view_ids(export_html):
    """nbconvert's template gives each widget view's element a random uuid4 id; numbered ids instead
    (widget-view-1, -2, ... in page order) keep two exports of the same notebook identical."""
    names = {}

    def number(match):
        return names.setdefault(match.group(0), "widget-view-%d" % (len(names) + 1))

    return UUID_ID.sub(number, export_html)


def run_one(path, out_dir, timeout, kernel_override=None, svg=False):
    name = os.path.splitext(os.path.basename(path))[0]
    nb = nbformat.read(path, as_version=4)
    kernel = kernel_override or nb.metadata.get("kernelspec", {}).get("name", "java")
    client = NotebookClient(nb, timeout=timeout, kernel_name=kernel, record_timing=False,
                            resources={"metadata": {"path": os.path.dirname(path)}})
    start = time.time()
    error = None
    try:
        client.execute()
    except CellExecutionError as e:
        error = str(e).strip().splitlines()
        error = next((l for l in reversed(error) if l.strip()), "cell error")
    except Exception as e:  # kernel died, timeout, ...
        error = "%s: %s" % (type(e).__name__, e)
    seconds = time.time() - start
    strip_volatile(nb)
    figures = save_figures(nb, os.path.join(out_dir, "figures", name))
    drop_print_svgs(nb)
    os.makedirs(os.path.join(out_dir, "notebooks"), exist_ok=True)
    nbformat.write(nb, os.path.join(out_dir, "notebooks", name + ".ipynb"))
    # the name in resources: nbconvert finds the widget state under it (without one, the exporter files the
    # state under "Notebook" and its widget filter looks under "", so no widget view is exported)
    html, _ = exporter().from_notebook_node(nb, resources={"metadata": {"name": name}})
    html = stable_view_ids(html)
    os.makedirs(os.path.join(out_dir, "html"), exist_ok=True)
    with open(os.path.join(out_dir, "html", name + ".html"), "w") as f:
        f.write(html)
    cells = sum(1 for c in nb.cells if c.cell_type == "code")
    checks = claim_checks(nb, name)
    return {"name": name, "error": error, "seconds": seconds, "cells": cells, "figures": figures,
            "checks": checks, "robustness": robustness_tables(nb, name)}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebooks", nargs="*")
    p.add_argument("--out", default=os.path.join(ROOT, "build", "reproduce"))
    p.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    p.add_argument("--kernel", help="kernelspec to use instead of each notebook's own (e.g. a test build's)")
    p.add_argument("--svg", action="store_true",
                   help="also save every figure as SVG for print (figures/NAME/TITLE.svg beside TITLE.png)")
    p.add_argument("--expected-ledger", help="committed ledger (claim_id, computed_value, verdict) this run must match")
    p.add_argument("--update-expected-ledger", action="store_true",
                   help="rewrite --expected-ledger from this run (after a deliberate change of a value or verdict)")
    args = p.parse_args()
    if args.svg:
        # read by the library's renderer in each fresh kernel (org.treatylab.display.NotebookDisplay)
        os.environ["TREATYLAB_SVG_FIGURES"] = "on"
    paths = resolve(args.notebooks)
    results = []
    for i, path in enumerate(paths, 1):
        print("[%d/%d] %s ..." % (i, len(paths), os.path.basename(path)), flush=True)
        r = run_one(path, args.out, args.timeout, args.kernel, args.svg)
        print("      %s in %.1f s%s" % ("ok" if not r["error"] else "FAILED", r["seconds"],
                                       "" if not r["error"] else ": " + r["error"]), flush=True)
        results.append(r)
    # one row per claim: a paper's own ledger wins over a check made elsewhere (e.g. the library tour)
    merged = {}
    for r in results:
        for c in r["checks"]:
            if c.get("from_ledger") or c["claim_id"] not in merged:
                merged[c["claim_id"]] = c
    with open(os.path.join(args.out, "claims.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CLAIM_FIELDS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(merged.values())
    tables = [t for r in results for t in r["robustness"]]
    with open(os.path.join(args.out, "robustness.json"), "w") as f:
        json.dump(tables, f, indent=1, sort_keys=True)
        f.write("\n")
    print()
    print("%-28s %5s %7s %7s %11s  %s" % ("notebook", "cells", "figures", "seconds", "claims ok/n", "result"))
    for r in results:
        ok = sum(1 for c in r["checks"] if c.get("verdict") == "reproduced")
        print("%-28s %5d %7d %7.1f %11s  %s" % (r["name"], r["cells"], r["figures"], r["seconds"],
                                              "%d/%d" % (ok, len(r["checks"])),
                                              "ok" if not r["error"] else "FAILED: " + r["error"][:60]))
    summary = ledger_summary(list(merged.values()))
    if summary:
        print("\nclaims ledger (%s):" % os.path.relpath(os.path.join(args.out, "claims.csv"), ROOT))
        for line in summary:
            print("  " + line)
    moved = []
    if args.expected_ledger and args.update_expected_ledger:
        ledgers = [r for r in merged.values() if r.get("from_ledger")]
        ran = {r["paper"] for r in ledgers}
        kept = [dict(claim_id=c, **{k: v for k, v in e.items() if k != "claim_id"})
                for c, e in (read_expected(args.expected_ledger) if os.path.exists(args.expected_ledger) else {}).items()
                if c.split(".")[0] not in ran]
        write_expected(args.expected_ledger, kept + ledgers)
        print("\nexpected ledger rewritten: %s" % os.path.relpath(args.expected_ledger, ROOT))
    elif args.expected_ledger:
        moved = compare_ledger(list(merged.values()), read_expected(args.expected_ledger))
        if moved:
            print("\nTHE CLAIMS LEDGER MOVED against %s:" % os.path.relpath(args.expected_ledger, ROOT))
            for line in moved:
                print("  " + line)
            print("If the change is deliberate (a fix, new data), update the file and commit it with the reason:\n"
                  "  /usr/bin/python3 tools/run_notebooks.py --expected-ledger tests/expected-ledger.csv "
                  "--update-expected-ledger petrova varda russia")
        else:
            print("\nclaims ledger matches %s" % os.path.relpath(args.expected_ledger, ROOT))
    failed = [r for r in results if r["error"]]
    print("\noutputs in %s" % os.path.relpath(args.out, ROOT))
    print("notebooks: %d passed, %d failed" % (len(results) - len(failed), len(failed)))
    return 1 if failed or moved else 0


if __name__ == "__main__":
    sys.exit(main())
