#!/usr/bin/python3
"""Writes the reproduction website from a ./reproduce run: static files that open from disk.

Usage: make_site.py [--run build/reproduce]

Reads the run's executed notebooks, HTML exports, figures and claims.csv, and datasets/ with its
datapackage.json, and writes RUN/site/:
  index.html          every notebook: its one-line finding, figures, claims summary
  notebooks/*.html    the HTML export of each notebook
  figures/NAME/*      the figures
  datasets.html       every dataset with its description, sources and caveats; datasets/*.csv
  claims.html         the full claims ledger of the run: per paper the count of the four verdicts, then a
                      sortable table; a claim whose verdict depends on a definition links to its table
  robustness.html     every robustness table: the claim's value under each reasonable definition
"""
import argparse
import csv
import html
import json
import os
import shutil

import sys

import nbformat

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f4;cursor:pointer}img{max-width:48%;border:1px solid #eee;margin:4px}
.reproduced{color:#1b7837;font-weight:600}.differs{color:#b35806;font-weight:600}.muted{color:#666}
.not-comparable{color:#5e3c99;font-weight:600}.not-computable{color:#666;font-weight:600}.not-checked{color:#c00;font-weight:600}
nav a{margin-right:1em}
"""

SORT_JS = """
document.querySelectorAll('table.sortable th').forEach((th, i) => th.addEventListener('click', () => {
  const body = th.closest('table').tBodies[0];
  const rows = Array.from(body.rows);
  const dir = th.dataset.dir === 'asc' ? -1 : 1; th.dataset.dir = dir === 1 ? 'asc' : 'desc';
  rows.sort((a, b) => a.cells[i].textContent.localeCompare(b.cells[i].textContent, undefined, {numeric: true}) * dir);
  rows.forEach(r => body.appendChild(r));
}));
"""


def page(title, body):
    return ("<!doctype html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
            "<nav><a href='index.html'>Notebooks</a><a href='claims.html'>Claims ledger</a>"
            "<a href='robustness.html'>Robustness</a>"
            "<a href='datasets.html'>Datasets</a></nav><h1>%s</h1>%s<script>%s</script></body></html>"
            % (html.escape(title), STYLE, html.escape(title), body, SORT_JS))


def read_claims(run):
    path = os.path.join(run, "claims.csv")
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def read_robustness(run):
    path = os.path.join(run, "robustness.json")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return json.load(f)


def robustness_links(text):
    """The claim's robustness summaries, each linked to its table: "…reproduce 51 … (#anchor)"."""
    links = []
    for part in [p for p in text.split(" | ") if p]:  # Ledger.report joins a claim's tables with " | "
        anchor = part[part.rfind("(#") + 2:-1] if part.endswith(")") and "(#" in part else ""
        label = part[:part.rfind(" (#")] if anchor else part
        label = label.split(": ", 1)[1] if ": " in label else label
        links.append("<a href='robustness.html#%s'>%s</a>" % (html.escape(anchor), html.escape(label)) if anchor
                     else html.escape(label))
    return "<br>".join(links)


def ledger_pages(run, site, claims):
    """claims.html (the ledger, with each paper's four verdict counts) and robustness.html."""
    import run_notebooks
    verdicts = [v for v in run_notebooks.VERDICTS if v != "not checked"]
    summary = "".join("<li>%s</li>" % html.escape(line) for line in run_notebooks.ledger_summary(claims))
    rows = "".join(
        "<tr><td><code>%s</code><br><span class='muted'>%s · %s</span></td><td><i>%s</i></td><td>%s %s</td>"
        "<td>%s</td><td class='%s'>%s</td><td>%s<br><span class='muted'>%s%s</span>%s</td></tr>" % (
            html.escape(c["claim_id"]), html.escape(c["location"]), html.escape(c["notebook"]), html.escape(c["claim"]),
            html.escape(c["paper_value"]), "" if c["unit"] == "status" else html.escape(c["unit"]),
            html.escape(c["computed_value"]),
            html.escape(c["verdict"].replace(" ", "-")), html.escape(c["verdict"]), html.escape(c["note"]),
            ("quantity: " + html.escape(c["quantity"]) + " · ") if c.get("quantity") else "",
            ("rows: " + html.escape(c["rows_used"])) if c.get("rows_used") else "",
            ("<br>robustness: " + robustness_links(c["robustness"])) if c.get("robustness") else "")
        for c in claims)
    with open(os.path.join(site, "claims.html"), "w") as f:
        f.write(page("Claims ledger",
                     "<p>Every checkable claim of the papers whose notebooks ran, with one of four verdicts: %s. "
                     "<b>reproduced</b>: the same quantity under the same definition, within a tolerance fixed "
                     "from the paper's own precision before computing; <b>not comparable</b>: the data measure "
                     "something else (the note says what); <b>not computable</b>: the note names the data that "
                     "would settle it and where they were searched for. Where a verdict depends on a definition, "
                     "its robustness table is linked (click a column to sort).</p><ul>%s</ul>"
                     "<table class='sortable'><thead><tr><th>claim</th><th>the paper's words</th><th>paper</th>"
                     "<th>data</th><th>verdict</th><th>reason</th></tr></thead><tbody>%s</tbody></table>"
                     % (", ".join(verdicts), summary, rows)))
    tables = read_robustness(run)
    blocks = []
    for t in tables:
        body = "".join("<tr><td>%s</td><td>%s</td><td class='%s'>%s</td><td>%s</td></tr>" % (
            html.escape(r["definition"]), html.escape(r["value"]), "reproduced" if r["reproduces"] == "yes" else "differs",
            html.escape(r["reproduces"]), html.escape(r["ledger_uses"])) for r in t["rows"])
        blocks.append("<h2 id='%s'><code>%s</code></h2><p>%s</p><p class='muted'>%s — <a href='notebooks/%s.html'>%s</a></p>"
                      "<table><thead><tr><th>definition</th><th>value</th><th>reproduces the paper</th><th>ledger uses</th>"
                      "</tr></thead><tbody>%s</tbody></table>" % (
                          html.escape(t["anchor"]), html.escape(t["claim_id"]), html.escape(t["question"]),
                          html.escape(t["summary"]), html.escape(t["notebook"]), html.escape(t["notebook"]), body))
    with open(os.path.join(site, "robustness.html"), "w") as f:
        f.write(page("Robustness to definitions",
                     "<p>For each claim whose value depends on a definition (window, group, count date, instruments, "
                     "denominator, vintage), the value under each reasonable definition and whether it reproduces "
                     "the paper within the ledger's own tolerance.</p>" + ("".join(blocks) or "<p>No tables in this run.</p>")))


def notebook_summary(nb):
    meta = nb.metadata.get("treatylab", {})
    finding = meta.get("finding")
    if not finding:
        first_md = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
        finding = first_md.strip().splitlines()[0].lstrip("# ") if first_md.strip() else ""
    return finding


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--run", default=os.path.join(ROOT, "build", "reproduce"))
    args = p.parse_args()
    run = args.run
    site = os.path.join(run, "site")
    if os.path.exists(site):
        shutil.rmtree(site)
    os.makedirs(os.path.join(site, "notebooks"))
    claims = read_claims(run)

    # notebooks
    nb_dir = os.path.join(run, "notebooks")
    names = sorted(f[:-6] for f in os.listdir(nb_dir) if f.endswith(".ipynb")) if os.path.isdir(nb_dir) else []
    items = []
    for name in names:
        nb = nbformat.read(os.path.join(nb_dir, name + ".ipynb"), as_version=4)
        shutil.copy(os.path.join(run, "html", name + ".html"), os.path.join(site, "notebooks", name + ".html"))
        fig_src = os.path.join(run, "figures", name)
        figs = []
        if os.path.isdir(fig_src):
            shutil.copytree(fig_src, os.path.join(site, "figures", name))
            figs = sorted(f for f in os.listdir(fig_src) if f.endswith(".png"))
        mine = [c for c in claims if c["notebook"] == name]
        ok = sum(1 for c in mine if c["verdict"] == "reproduced")
        differ = sum(1 for c in mine if c["verdict"] == "differs")
        ledger = ("%d claims: %d reproduced, %d differ, %d not computable or not checked" % (
            len(mine), ok, differ, len(mine) - ok - differ)) if mine else "no claims checked"
        items.append("<h2><a href='notebooks/%s.html'>%s</a></h2><p>%s</p><p class='muted'>%s</p>%s" % (
            name, html.escape(name), html.escape(notebook_summary(nb)), ledger,
            "".join("<a href='figures/%s/%s'><img src='figures/%s/%s' alt='%s figure'></a>" % (name, f, name, f, name)
                    for f in figs)))
    with open(os.path.join(site, "index.html"), "w") as f:
        f.write(page("treatylab: reproductions", "".join(items) or "<p>No notebooks were run.</p>"))

    ledger_pages(run, site, claims)

    # datasets
    os.makedirs(os.path.join(site, "datasets"))
    with open(os.path.join(ROOT, "datasets", "datapackage.json")) as f:
        package = json.load(f)
    blocks = []
    for r in package.get("resources", []):
        shutil.copy(os.path.join(ROOT, "datasets", r["path"]), os.path.join(site, "datasets", r["path"]))
        sources = "".join("<li>%s%s</li>" % (html.escape(s.get("title", "")),
                                             (" — <code>%s</code>" % html.escape(s["path"])) if s.get("path") else "")
                          for s in r.get("sources", []))
        fields = "".join("<tr><td><code>%s</code></td><td>%s</td><td>%s</td></tr>" % (
            html.escape(fl["name"]), html.escape(fl.get("type", "")), html.escape(fl.get("description", "")))
            for fl in r.get("schema", {}).get("fields", []))
        caveats = r.get("caveats") or r.get("treatylab:caveats") or []
        blocks.append("<h2><a href='datasets/%s'>%s</a></h2><p>%s</p><ul>%s</ul>%s<details><summary>columns</summary>"
                      "<table><tbody>%s</tbody></table></details>" % (
                          html.escape(r["path"]), html.escape(r.get("title", r["name"])),
                          html.escape(r.get("description", "")), sources,
                          ("<p class='muted'>Caveats: %s</p>" % html.escape(" ".join(caveats))) if caveats else "",
                          fields))
    with open(os.path.join(site, "datasets.html"), "w") as f:
        f.write(page("Datasets", "".join(blocks)))
    print("site: %s (%d notebooks, %d claim checks, %d datasets)" % (
        os.path.relpath(site, ROOT), len(names), len(claims), len(package.get("resources", []))))


if __name__ == "__main__":
    main()
