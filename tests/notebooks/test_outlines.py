"""Each notebook is built from its plain-text outline (tools/notebook_src/NAME.txt): a notebook
edited by hand, or an outline changed without rebuilding its notebook, fails here."""
import glob
import importlib.util
import os

import nbformat
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("make_notebook", os.path.join(ROOT, "tools", "notebook_src", "make_notebook.py"))
make_notebook = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_notebook)

OUTLINES = sorted(glob.glob(os.path.join(ROOT, "tools", "notebook_src", "*.txt")))


@pytest.mark.parametrize("outline", OUTLINES, ids=[os.path.basename(o) for o in OUTLINES])
def test_notebook_matches_its_outline(outline):
    name = os.path.splitext(os.path.basename(outline))[0]
    committed = os.path.join(ROOT, "notebooks", name + ".ipynb")
    assert os.path.exists(committed), "no notebook for outline " + name
    with open(outline) as f:
        built = make_notebook.build(f.read())
    assert nbformat.writes(built) == nbformat.writes(nbformat.read(committed, as_version=4)), (
        "notebooks/%s.ipynb differs from its outline: rebuild it with "
        "tools/notebook_src/make_notebook.py" % name)


def test_every_notebook_has_an_outline():
    notebooks = {os.path.splitext(os.path.basename(n))[0] for n in glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb"))}
    outlines = {os.path.splitext(os.path.basename(o))[0] for o in OUTLINES}
    assert notebooks == outlines
