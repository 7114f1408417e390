"""The website generator (tools/make_site.py) on a made-up run, no browser needed: hostile file names
stay text, the solutions are left out, every page has the header, every local link resolves."""
import base64
import html.parser
import os
import subprocess
import sys
import urllib.parse

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOSTILE = "x' onerror='alert(4)' y='"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


class Tags(html.parser.HTMLParser):
    """Every start tag with its attributes, as a browser would parse them."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(path):
    t = Tags()
    with open(path, encoding="utf-8") as f:
        t.feed(f.read())
    return t.tags


def fake_run(run, name, solutions=False, figure=None):
    nb = new_notebook(cells=[new_markdown_cell("# A notebook called %s\n\nUses `Treaties`." % name),
                             new_code_cell("1 + 1", outputs=[new_output("execute_result", {"text/plain": "2"},
                                                                       execution_count=1)])])
    nb.metadata["treatylab"] = {"finding": "finding of %s" % name}
    if solutions:
        nb.metadata["treatylab"]["solutions"] = True
    for d in ["notebooks", "html", "figures/" + name]:
        os.makedirs(os.path.join(run, d), exist_ok=True)
    nbformat.write(nb, os.path.join(run, "notebooks", name + ".ipynb"))
    with open(os.path.join(run, "html", name + ".html"), "w") as f:
        f.write("<html><head></head><body><div class=\"jp-RenderedHTMLCommon jp-RenderedMarkdown\">"
                "<p>Uses <code>Treaties</code>.</p></div></body></html>")
    if figure:
        with open(os.path.join(run, "figures", name, figure), "wb") as f:
            f.write(PNG)


def make_site(run, *flags):
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "make_site.py"), "--run", str(run), "--no-api",
                    *flags], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(run, "site")


def test_hostile_file_names_stay_text(tmp_path):
    fake_run(str(tmp_path), "10-paper", figure=HOSTILE + ".png")
    fake_run(str(tmp_path), "20-" + HOSTILE, figure="figure-1.png")
    site = make_site(tmp_path)
    for page in ["index.html", "notebooks/10-paper.html"]:
        for tag, attrs in parse(os.path.join(site, page)):
            assert "onerror" not in attrs, (page, tag, attrs)
            for key in ("href", "src"):
                if key in attrs and not attrs[key].startswith(("http:", "https:")):
                    target = os.path.normpath(os.path.join(os.path.dirname(os.path.join(site, page)),
                                                           urllib.parse.unquote(attrs[key])))
                    assert os.path.exists(target), (page, attrs[key])
    index = parse(os.path.join(site, "index.html"))
    images = [a for t, a in index if t == "img"]
    assert any(urllib.parse.unquote(a["src"]) == "figures/10-paper/" + HOSTILE + ".png" for a in images), images


def test_the_public_site_leaves_the_solutions_out_and_a_teacher_can_have_them(tmp_path):
    fake_run(str(tmp_path), "50-tutorial")
    fake_run(str(tmp_path), "51-tutorial-solutions", solutions=True)
    site = make_site(tmp_path)
    assert os.path.exists(os.path.join(site, "notebooks", "50-tutorial.html"))
    assert os.path.exists(os.path.join(site, "notebooks", "50-tutorial.ipynb"))
    assert not os.path.exists(os.path.join(site, "notebooks", "51-tutorial-solutions.html"))
    with open(os.path.join(site, "index.html")) as f:
        assert "solutions" not in f.read()
    teacher = make_site(tmp_path, "--with-solutions")
    assert os.path.exists(os.path.join(teacher, "notebooks", "51-tutorial-solutions.html"))


def test_every_page_has_the_header_and_says_how_to_run(tmp_path):
    fake_run(str(tmp_path), "10-paper", figure="figure-1-a.png")
    site = make_site(tmp_path)
    for page in ["index.html", "claims.html", "datasets.html", "api/index.html", "notebooks/10-paper.html"]:
        links = [a.get("href") for t, a in parse(os.path.join(site, page)) if t == "a"]
        home = "index.html" if "/" not in page else "../index.html"
        assert home in links, (page, links)
    with open(os.path.join(site, "notebooks", "10-paper.html")) as f:
        text = f.read()
    assert "Shift+Enter" not in text and "kernel <em>Java</em>" in text
    assert "href='10-paper.ipynb' download" in text
    assert "href='../figures/10-paper/figure-1-a.png' download" in text
