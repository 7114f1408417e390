#!/usr/bin/python3
"""Builds a .ipynb from a plain-text outline, so notebooks are reviewed as text.

Outline format: cells separated by lines '%%% md' or '%%% code' (optionally '%%% code raises'
for a cell meant to show an error); a line '%%% finding TEXT' gives the notebook's one-line finding
for the website's index. Usage: make_notebook.py OUTLINE NOTEBOOK
"""
import sys
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook


def build(outline_text):
    cells = []
    finding = None
    kind, tags, lines = None, [], []

    def flush():
        if kind is None:
            return
        text = "\n".join(lines).strip("\n")
        if kind == "md":
            cells.append(new_markdown_cell(text))
        else:
            cell = new_code_cell(text)
            if tags:
                cell.metadata["tags"] = list(tags)
            cells.append(cell)

    for line in outline_text.splitlines():
        if line.startswith("%%% finding "):
            finding = line[len("%%% finding "):].strip()
            continue
        if line.startswith("%%% "):
            flush()
            words = line[4:].split()
            kind = words[0]
            tags = ["raises-exception"] if "raises" in words[1:] else []
            lines = []
        else:
            lines.append(line)
    flush()
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java", "language": "java"}
    if finding:
        nb.metadata["treatylab"] = {"finding": finding}
    nb.metadata["language_info"] = {"name": "java", "file_extension": ".jshell", "mimetype": "text/x-java-source"}
    # stable cell ids, so regenerating an unchanged outline gives the same file
    for i, c in enumerate(nb.cells):
        c["id"] = "cell-%02d" % i
    return nb


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        nb = build(f.read())
    nbformat.write(nb, sys.argv[2])
