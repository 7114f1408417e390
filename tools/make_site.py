#!/usr/bin/python3
"""Writes the reproduction website from a ./reproduce run: static files that open from disk.

Usage: make_site.py [--run build/reproduce] [--with-solutions] [--no-api]

Reads the run's executed notebooks, HTML exports, figures and claims.csv, and datasets/ with its
datapackage.json, and writes RUN/site/:
  index.html          the papers and the tutorial first, each with its one-line finding and key
                      figure, then the other notebooks; how to run them
  notebooks/NAME.html the HTML export of each notebook, with the site's header, how to run it, its
                      .ipynb to download (notebooks/NAME.ipynb) and its figures as files; the first
                      mention of a library class links to the API reference
  figures/NAME/*      the figures, named from the chart titles
  datasets.html       every dataset with its description, sources and caveats; datasets/*.csv
  claims.html         the full claims ledger of the run: per paper the count of the six verdicts, then a
                      sortable table; a claim whose verdict depends on a definition links to its table
  robustness.html     every robustness table: the claim's value under each reasonable definition
  api/index.html      the library's API reference (Javadoc, grouped by package)
  widgets/embed.js    when a notebook carries widgets: the widget renderer of npm's
                      @jupyter-widgets/html-manager (its embed bundle and font files, pinned by
                      tools/site_widgets/package-lock.json, installed into build/site-widgets), which draws
                      the widgets from the state saved in each page, from disk, without a network; each
                      such page says that moving the controls needs a kernel. Without node/npm the site
                      is still written and those pages say the controls could not be drawn.

The public site leaves out notebooks that hold solutions (metadata treatylab.solutions, the tutorial's
teacher version); --with-solutions includes them, for a teacher's own copy.
Every text and every file name written into the pages is HTML-escaped, and every link is URL-quoted.
"""
import argparse
import csv
import glob
import html
import json
import os
import re
import shutil
import subprocess
import urllib.parse

import nbformat

import run_notebooks  # the figure names, so the index can pick figures in notebook order
import widget_front_end  # the website's widget renderer from npm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB_SOURCES = os.path.join(ROOT, "lib", "src", "main", "java")
# the widget API (its own module, beside the library) is documented with it
WIDGET_SOURCES = os.path.join(ROOT, "widgets", "src", "main", "java")
LIB_JARS = os.path.join(ROOT, "distro", "target", "java-kernel", "lib")

STYLE = """
.not-comparable{color:#5e3c99;font-weight:600}.not-computable{color:#666;font-weight:600}.not-checked{color:#c00;font-weight:600}
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:0 auto 2em;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f4;cursor:pointer}img{max-width:48%;border:1px solid #eee;margin:4px}
.reproduced{color:#1b7837;font-weight:600}.differs{color:#b35806;font-weight:600}.muted{color:#666}
.card{display:flex;gap:1.2em;align-items:flex-start;border-bottom:1px solid #eee;padding:.6em 0}
.card>a{flex:0 0 380px}.card img{width:100%;max-width:100%;margin:0}.card div{flex:1}
"""

# the header every page carries; the notebook pages are nbconvert's documents, so it brings its own style
HEADER_STYLE = ("<style>.tl-header{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#1f3b57;"
                "padding:.5em 1em;margin:0 0 1em}.tl-header a{color:#fff;margin-right:1.4em;text-decoration:none;"
                "font-weight:600}.tl-header a:hover{text-decoration:underline}"
                ".tl-run{font-family:system-ui,sans-serif;max-width:1100px;margin:0 auto 1em;padding:.6em 1em;"
                "background:#f4f7fa;border-left:4px solid #1f3b57;font-size:.95em}"
                ".tl-run a{color:#0645ad;text-decoration:underline;margin-right:.6em}</style>")

NAV = [("index.html", "Home"), ("claims.html", "Claims ledger"), ("robustness.html", "Robustness"),
       ("datasets.html", "Datasets"),
       ("api/index.html", "API reference")]

HOW_TO_RUN = ("To run the notebooks yourself: install a JDK (17 or newer), Maven and Jupyter, clone the project "
              "and run <code>./reproduce</code> once (it builds the library and installs the Jupyter kernel "
              "<em>Java</em>); then open a notebook in Jupyter Notebook, JupyterLab or VS Code, choose the kernel "
              "<em>Java</em> and run the cells from the top (<em>Run → Run All Cells</em>, or one at a time with "
              "the ▶ button). See the project's README for details.")

SORT_JS = """
document.querySelectorAll('table.sortable th').forEach((th, i) => th.addEventListener('click', () => {
  const body = th.closest('table').tBodies[0];
  const rows = Array.from(body.rows);
  const dir = th.dataset.dir === 'asc' ? -1 : 1; th.dataset.dir = dir === 1 ? 'asc' : 'desc';
  rows.sort((a, b) => a.cells[i].textContent.localeCompare(b.cells[i].textContent, undefined, {numeric: true}) * dir);
  rows.forEach(r => body.appendChild(r));
}));
"""


def esc(text):
    """Text for HTML content or a quoted attribute value (quotes escaped too)."""
    return html.escape(str(text), quote=True)


def href(*parts):
    """A relative URL from path segments, each URL-quoted, then escaped for an attribute."""
    return esc("/".join(urllib.parse.quote(p, safe="") if p not in ("..", ".") else p for p in parts))


def header(prefix=""):
    links = "".join("<a href='%s'>%s</a>" % (esc(prefix + target), esc(label)) for target, label in NAV)
    return HEADER_STYLE + "<nav class='tl-header'>%s</nav>" % links


def page(title, body, prefix=""):
    return ("<!doctype html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
            "%s<h1>%s</h1>%s<script>%s</script></body></html>"
            % (esc(title), STYLE, header(prefix), esc(title), body, SORT_JS))


def read_claims(run):
    path = os.path.join(run, "claims.csv")
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def notebook_summary(nb):
    meta = nb.metadata.get("treatylab", {})
    finding = meta.get("finding")
    if not finding:
        first_md = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
        finding = first_md.strip().splitlines()[0].lstrip("# ") if first_md.strip() else ""
    return finding


def notebook_title(nb, name):
    first_md = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
    for line in first_md.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return name


def holds_solutions(nb):
    return bool(nb.metadata.get("treatylab", {}).get("solutions"))


def section_of(name):
    """Where a notebook goes on the index: 10-39 reproduce papers, 50-59 teach, the rest tour and extend."""
    number = name.split("-", 1)[0]
    if number.isdigit() and 10 <= int(number) <= 39:
        return "papers"
    if number.isdigit() and 50 <= int(number) <= 59:
        return "tutorial"
    return "more"


# ---------------------------------------------------------------- API reference

PACKAGE_GROUPS = [
    ("Base: argument checks every layer uses", "org.treatylab.base*"),
    ("Data: the curated datasets and their importers", "org.treatylab.data*"),
    ("Analysis of adoption: curves, thresholds, speed, diffusion, windows, groups, 2×2 tests",
     "org.treatylab.analysis.adoption*"),
    ("Analysis of cascades: threshold models, runs, sweeps", "org.treatylab.analysis.cascade*"),
    ("Analysis of costs: demining cost model, Monte Carlo, ranges, funding", "org.treatylab.analysis.cost*"),
    ("Analysis, shared: progress lines, seeds", "org.treatylab.analysis.common*"),
    ("Analysis of panels: state-year and state-month panels, counting-process rows",
     "org.treatylab.analysis.panel*"),
    ("Analysis of event histories: Kaplan–Meier, log-rank, Cox", "org.treatylab.analysis.survival*"),
    ("Charts", "org.treatylab.charts*"),
    ("Claims: the papers' claims and their checks", "org.treatylab.claims*"),
    ("Teaching: the tutorial's exercises", "org.treatylab.teaching*"),
    ("Display: notebook renderers", "org.treatylab.display*"),
    ("Widgets: sliders, dropdowns, output areas and interact for notebooks", "org.treatylab.widgets*"),
]


def library_classes():
    """Public top-level classes of the library: simple name -> path of its Javadoc page under api/."""
    classes = {}
    for path in sorted(glob.glob(os.path.join(LIB_SOURCES, "org", "treatylab", "**", "*.java"), recursive=True)):
        rel = os.path.relpath(path, LIB_SOURCES)
        if "importer" in rel.split(os.sep) or rel.endswith("package-info.java"):
            continue
        name = os.path.basename(path)[:-5]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if re.search(r"^public\s+(final\s+|abstract\s+|sealed\s+)*(class|record|interface|enum)\s+%s\b" % name,
                     text, re.M):
            classes.setdefault(name, rel[:-5].replace(os.sep, "/") + ".html")
    return classes


def write_api(site):
    """Runs the javadoc tool over the library's sources; returns None, or why it could not."""
    out = os.path.join(site, "api")
    javadoc = shutil.which("javadoc")
    jars = sorted(glob.glob(os.path.join(LIB_JARS, "*.jar")))
    if not javadoc or not jars:
        return "javadoc or the built jars (%s) are missing: run ./reproduce" % os.path.relpath(LIB_JARS, ROOT)
    cmd = [javadoc, "-quiet", "-notimestamp", "-Xdoclint:none", "-encoding", "UTF-8", "-charset", "UTF-8",
           "-d", out, "-sourcepath", os.pathsep.join([LIB_SOURCES, WIDGET_SOURCES]), "-classpath", os.pathsep.join(jars),
           "-subpackages", "org.treatylab", "-exclude", "org.treatylab.data.importer",
           "-windowtitle", "treatylab library API", "-doctitle", "treatylab: the library's API",
           "-bottom", "<a href='../index.html'>treatylab website</a>"]
    for title, pattern in PACKAGE_GROUPS:
        cmd += ["-group", title, pattern]
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0 or not os.path.exists(os.path.join(out, "index.html")):
        return "javadoc failed: " + (result.stdout.strip().splitlines() or ["?"])[-1]
    return None


def link_first_mentions(page_html, classes, prefix):
    """Links the first mention of each library class to its Javadoc page: in the notebook's text
    (inline code in Markdown cells, e.g. <code>Treaties</code> or <code>AdoptionCurve.of(t)</code>), else
    its first use in a code cell."""
    done = set()

    def link(match):
        name = match.group(2)
        if name in done:
            return match.group(0)
        done.add(name)
        return "<a class='tl-api' href='%s'>%s</a>" % (esc(prefix + classes[name]), match.group(0))

    if not classes:
        return page_html
    names = "|".join(sorted(map(re.escape, classes), key=len, reverse=True))
    # only inside Markdown output (nbconvert's jp-RenderedMarkdown), not in highlighted code cells
    pattern = re.compile(r"<code>((%s)\b[^<]*)</code>" % names)
    parts = re.split(r"(<div class=\"jp-RenderedHTMLCommon jp-RenderedMarkdown[^>]*>.*?</div>)", page_html, flags=re.S)
    page_html = "".join(pattern.sub(link, p) if p.startswith("<div class=\"jp-RenderedHTMLCommon jp-RenderedMarkdown")
                        else p for p in parts)
    # a class the text never names in code: its first use in a code cell (Pygments' name token)
    in_code = re.compile(r"<span class=\"n[a-z]?\">(%s)</span>" % names)
    return in_code.sub(lambda m: m.group(0) if m.group(1) in done else (done.add(m.group(1)) or
                       "<a class='tl-api' href='%s'>%s</a>" % (esc(prefix + classes[m.group(1)]), m.group(0))),
                       page_html)


# ---------------------------------------------------------------- widgets

WIDGET_ASSETS = (".woff", ".woff2", ".ttf", ".eot", ".svg")
# nbconvert's loader of the widget renderer, which fetches it from a CDN (jsdelivr/unpkg)
CDN_LOADER = re.compile(r"<script>\s*\(function\(\) \{\s*function addWidgetsRenderer\(\).*?\}\(\)\);\s*</script>", re.S)


def install_widget_renderer(site):
    """Copies html-manager's embed bundle (widget_front_end.py: npm ci of tools/site_widgets into
    build/site-widgets) into site/widgets/. Returns None, or why it could not."""
    try:
        dist = widget_front_end.install_site_renderer()
    except widget_front_end.FrontEndError as e:
        return str(e)
    out = os.path.join(site, "widgets")
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(dist)):
        if name in ("embed.js", "embed.js.LICENSE.txt") or name.endswith(WIDGET_ASSETS):
            shutil.copy(os.path.join(dist, name), os.path.join(out, name))
    return None


def widget_page(page_html, renderer_problem):
    """A notebook page with widgets: nbconvert's CDN loader replaced by the site's own copy of the
    renderer (or, without one, left out), and a note on what the static controls can and cannot do."""
    page_html = CDN_LOADER.sub("", page_html)
    if renderer_problem is None:
        note = ("<div class='tl-run'><strong>Interactive controls:</strong> the sliders and other widgets below "
                "are drawn from the state saved when the notebook was run, with the output they showed then. "
                "Moving them needs a running kernel: open the notebook in Jupyter with the kernel "
                "<em>Java</em>.</div>")
        script = "<script src='../widgets/embed.js'></script>"
    else:
        note = ("<div class='tl-run'><strong>Interactive controls are not drawn on this copy:</strong> the "
                "widgets' saved state is in the page, but the widget renderer could not be added to the site "
                "(%s). Open the notebook in Jupyter with the kernel <em>Java</em> to see and move them.</div>"
                % esc(renderer_problem))
        script = ""
    body = re.search(r"<body[^>]*>", page_html)
    at = body.end() if body else 0
    page_html = page_html[:at] + note + page_html[at:]
    end = page_html.rfind("</body>")
    return page_html[:end] + script + page_html[end:] if end >= 0 else page_html + script


# ---------------------------------------------------------------- pages

def notebook_page(export_html, name, figures, api_ok, classes, widgets=False, renderer_problem=None):
    """The nbconvert export with the site header, how to run it, its downloads, and API links; with
    widgets, the site's widget renderer (see widget_page)."""
    fig_links = " ".join("<a href='%s' download>%s</a>" % (href("..", "figures", name, f), esc(f)) for f in figures)
    banner = ("<div class='tl-run'><strong>This is a static copy of the notebook <code>%s</code>.</strong> "
              "<a href='%s' download>Download %s</a> and open it in Jupyter with the kernel <em>Java</em>. "
              "%s%s</div>" % (
                  esc(name), href(name + ".ipynb"), esc(name + ".ipynb"), HOW_TO_RUN,
                  ("<br>Figures as files: " + fig_links) if figures else ""))
    top = header("../") + banner
    page_html = export_html
    if widgets:
        page_html = widget_page(page_html, renderer_problem)
    page_html = top_after_body(page_html, top)
    if api_ok:
        page_html = link_first_mentions(page_html, classes, "../api/")
    return page_html


def top_after_body(page_html, top):
    """The site header and banner as the first thing in the page's body."""
    body = re.search(r"<body[^>]*>", page_html)
    if body:
        return page_html[:body.end()] + top + page_html[body.end():]
    return top + page_html


def card(entry, with_figure):
    figure = ""
    if with_figure and entry["figures"]:
        key = entry["key_figure"]
        figure = "<a href='%s'><img src='%s' alt='%s'></a>" % (
            href("figures", entry["name"], key), href("figures", entry["name"], key),
            esc("%s: %s" % (entry["title"], key)))
    return ("<div class='card'>%s<div><h3><a href='%s'>%s</a></h3><p>%s</p><p class='muted'>%s · "
            "<a href='%s' download>%s</a></p></div></div>" % (
                figure, href("notebooks", entry["name"] + ".html"), esc(entry["title"]), esc(entry["finding"]),
                esc(entry["ledger"]), href("notebooks", entry["name"] + ".ipynb"), esc(entry["name"] + ".ipynb")))


def key_figure(nb, figures):
    """The notebook's key figure: metadata treatylab.key_figure when set, else its 'Figure 1', else its
    first figure in notebook order."""
    wanted = nb.metadata.get("treatylab", {}).get("key_figure")
    if wanted and wanted + ".png" in figures:
        return wanted + ".png"
    in_order = [name + ".png" for _, name in run_notebooks.figure_names(nb) if name + ".png" in figures]
    in_order += [f for f in figures if f not in in_order]  # files the outputs do not name, last
    return next((f for f in in_order if f.startswith("figure-1-")), in_order[0] if in_order else None)


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
        links.append("<a href='robustness.html#%s'>%s</a>" % (esc(anchor), esc(label)) if anchor
                     else esc(label))
    return "<br>".join(links)


def write_claims_page(run, site, claims):
    """claims.html (the ledger, with each paper's six verdict counts) and robustness.html."""
    verdicts = [v for v in run_notebooks.VERDICTS if v != "not checked"]
    summary = "".join("<li>%s</li>" % esc(line) for line in run_notebooks.ledger_summary(claims))
    rows = "".join(
        "<tr><td><code>%s</code><br><span class='muted'>%s · %s</span></td><td><i>%s</i></td><td>%s %s</td>"
        "<td>%s</td><td class='%s'>%s</td><td>%s<br><span class='muted'>%s%s</span>%s</td></tr>" % (
            esc(c["claim_id"]), esc(c["location"]), esc(c["notebook"]), esc(c["claim"]),
            esc(c["paper_value"]), "" if c["unit"] == "status" else esc(c["unit"]),
            esc(c["computed_value"]),
            esc(c["verdict"].replace(" ", "-")), esc(c["verdict"]), esc(c["note"]),
            ("quantity: " + esc(c["quantity"]) + " · ") if c.get("quantity") else "",
            ("rows: " + esc(c["rows_used"])) if c.get("rows_used") else "",
            ("<br>robustness: " + robustness_links(c["robustness"])) if c.get("robustness") else "")
        for c in claims)
    with open(os.path.join(site, "claims.html"), "w") as f:
        f.write(page("Claims ledger",
                     "<p>Every checkable claim of the papers whose notebooks ran, with one of six verdicts: %s. "
                     "<b>reproduced</b>: the same quantity under the same definition, within a tolerance fixed "
                     "from the paper's own precision before computing; <b>not comparable</b>: the data measure "
                     "something else (the note says what); <b>not computable</b>: the note names the data that "
                     "would settle it and where they were searched for; <b>no public record</b>: no public record "
                     "could settle it (an author's interviews, a postulated threshold, a mechanism), and the note says why; <b>arithmetic only</b>: "
                     "only the paper's own arithmetic on its own inputs was checked and holds (no input compared with data), "
                     "counted apart from reproduced. Where a verdict depends on a definition, "
                     "its robustness table is linked (click a column to sort).</p><ul>%s</ul>"
                     "<table class='sortable'><thead><tr><th>claim</th><th>the paper's words</th><th>paper</th>"
                     "<th>data</th><th>verdict</th><th>reason</th></tr></thead><tbody>%s</tbody></table>"
                     % (", ".join(verdicts), summary, rows)))
    tables = read_robustness(run)
    blocks = []
    for t in tables:
        body = "".join("<tr><td>%s</td><td>%s</td><td class='%s'>%s</td><td>%s</td></tr>" % (
            esc(r["definition"]), esc(r["value"]), "reproduced" if r["reproduces"] == "yes" else "differs",
            esc(r["reproduces"]), esc(r["ledger_uses"])) for r in t["rows"])
        blocks.append("<h2 id='%s'><code>%s</code></h2><p>%s</p><p class='muted'>%s — <a href='notebooks/%s.html'>%s</a></p>"
                      "<table><thead><tr><th>definition</th><th>value</th><th>reproduces the paper</th><th>ledger uses</th>"
                      "</tr></thead><tbody>%s</tbody></table>" % (
                          esc(t["anchor"]), esc(t["claim_id"]), esc(t["question"]),
                          esc(t["summary"]), esc(t["notebook"]), esc(t["notebook"]), body))
    with open(os.path.join(site, "robustness.html"), "w") as f:
        f.write(page("Robustness to definitions",
                     "<p>For each claim whose value depends on a definition (window, group, count date, instruments, "
                     "denominator, vintage), the value under each reasonable definition and whether it reproduces "
                     "the paper within the ledger's own tolerance.</p>" + ("".join(blocks) or "<p>No tables in this run.</p>")))


def write_datasets_page(site):
    os.makedirs(os.path.join(site, "datasets"))
    with open(os.path.join(ROOT, "datasets", "datapackage.json")) as f:
        package = json.load(f)
    blocks = []
    for r in package.get("resources", []):
        shutil.copy(os.path.join(ROOT, "datasets", r["path"]), os.path.join(site, "datasets", r["path"]))
        sources = "".join("<li>%s%s</li>" % (esc(s.get("title", "")),
                                             (" — <code>%s</code>" % esc(s["path"])) if s.get("path") else "")
                          for s in r.get("sources", []))
        fields = "".join("<tr><td><code>%s</code></td><td>%s</td><td>%s</td></tr>" % (
            esc(fl["name"]), esc(fl.get("type", "")), esc(fl.get("description", "")))
            for fl in r.get("schema", {}).get("fields", []))
        caveats = r.get("caveats") or r.get("treatylab:caveats") or []
        licences = "; ".join(l.get("title") or l.get("name", "") for l in r.get("licenses", []))
        blocks.append("<h2><a href='%s' download>%s</a></h2><p>%s</p><ul>%s</ul>%s%s<details><summary>columns</summary>"
                      "<table><tbody>%s</tbody></table></details>" % (
                          href("datasets", r["path"]), esc(r.get("title", r["name"])),
                          esc(r.get("description", "")), sources,
                          ("<p class='muted'>Licence: %s</p>" % esc(licences)) if licences else "",
                          ("<p class='muted'>Caveats: %s</p>" % esc(" ".join(caveats))) if caveats else "",
                          fields))
    with open(os.path.join(site, "datasets.html"), "w") as f:
        f.write(page("Datasets", "".join(blocks)))
    return len(package.get("resources", []))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--run", default=os.path.join(ROOT, "build", "reproduce"))
    p.add_argument("--with-solutions", action="store_true",
                   help="include notebooks that hold solutions (a teacher's copy; not for handing out)")
    p.add_argument("--no-api", action="store_true", help="skip the API reference (javadoc)")
    args = p.parse_args()
    run = args.run
    site = os.path.join(run, "site")
    if os.path.exists(site):
        shutil.rmtree(site)
    os.makedirs(os.path.join(site, "notebooks"))
    claims = read_claims(run)

    api_problem = "skipped (--no-api)" if args.no_api else write_api(site)
    classes = library_classes() if api_problem is None else {}
    if api_problem is not None:
        os.makedirs(os.path.join(site, "api"), exist_ok=True)
        with open(os.path.join(site, "api", "index.html"), "w") as f:
            f.write(page("API reference", "<p>The API reference was not built: %s.</p>" % esc(api_problem), "../"))

    # notebooks
    nb_dir = os.path.join(run, "notebooks")
    names = sorted(f[:-6] for f in os.listdir(nb_dir) if f.endswith(".ipynb")) if os.path.isdir(nb_dir) else []
    entries, left_out = [], []
    renderer_problem, renderer_tried = None, False
    for name in names:
        nb = nbformat.read(os.path.join(nb_dir, name + ".ipynb"), as_version=4)
        if holds_solutions(nb) and not args.with_solutions:
            left_out.append(name)
            continue
        fig_src = os.path.join(run, "figures", name)
        figures = []
        if os.path.isdir(fig_src):
            shutil.copytree(fig_src, os.path.join(site, "figures", name))
            figures = sorted(os.listdir(fig_src))
        shutil.copy(os.path.join(nb_dir, name + ".ipynb"), os.path.join(site, "notebooks", name + ".ipynb"))
        with open(os.path.join(run, "html", name + ".html"), encoding="utf-8") as f:
            export = f.read()
        widgets = run_notebooks.has_widgets(nb)
        if widgets and not renderer_tried:
            renderer_tried, renderer_problem = True, install_widget_renderer(site)
        with open(os.path.join(site, "notebooks", name + ".html"), "w", encoding="utf-8") as f:
            f.write(notebook_page(export, name, figures, api_problem is None, classes, widgets, renderer_problem))
        mine = [c for c in claims if c["notebook"] == name]
        pngs = [f for f in figures if f.endswith(".png")]
        entries.append({
            "name": name, "title": notebook_title(nb, name), "finding": notebook_summary(nb),
            "figures": pngs, "key_figure": key_figure(nb, pngs), "section": section_of(name),
            "ledger": run_notebooks.verdict_counts_line(mine) if mine else "no claims checked"})

    sections = [("papers", "The papers, reproduced", True), ("tutorial", "The tutorial", True),
                ("more", "More notebooks: the kernel, the library, models", False)]
    body = ["<p>Notebooks that rebuild the figures and recompute the numbers of published work on the landmine "
            "and cluster-munition bans from curated datasets, with every claim checked against the data "
            "(<a href='claims.html'>claims ledger</a>).</p>"]
    for key, title, with_figure in sections:
        mine = [e for e in entries if e["section"] == key]
        if mine:
            body.append("<h2>%s</h2>%s" % (esc(title), "".join(card(e, with_figure) for e in mine)))
    if not entries:
        body.append("<p>No notebooks were run.</p>")
    body.append("<h2>Run them yourself</h2><p>%s</p>" % HOW_TO_RUN)
    with open(os.path.join(site, "index.html"), "w") as f:
        f.write(page("treatylab: reproductions", "".join(body)))

    write_claims_page(run, site, claims)
    datasets = write_datasets_page(site)
    print("site: %s (%d notebooks%s, %d claim checks, %d datasets, API reference %s%s)" % (
        os.path.relpath(site, ROOT), len(entries),
        "; left out as holding solutions: " + ", ".join(left_out) if left_out else "",
        len(claims), datasets, "written" if api_problem is None else "not written: " + api_problem,
        "" if not renderer_tried else ", widget renderer " + (
            "shipped" if renderer_problem is None else "not shipped: " + renderer_problem)))


if __name__ == "__main__":
    main()
