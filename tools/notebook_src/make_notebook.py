#!/usr/bin/python3
"""Builds a .ipynb from a plain-text outline, so notebooks are reviewed as text.

Outline format: cells separated by lines '%%% md' or '%%% code' (optionally '%%% code raises'
for a cell meant to show an error); a line '%%% finding TEXT' gives the notebook's one-line finding
for the website's index. Usage: make_notebook.py OUTLINE NOTEBOOK

One outline can give two versions of a notebook, a student's and a teacher's (the tutorial):
'%%% exercise' is a code cell only in the student's version, '%%% solution' a code cell only in the
teacher's; 'student' or 'teacher' after 'md'/'code' keeps a cell in that version only;
'%%% teacher-finding TEXT' is the teacher's version's finding. An outline whose only line is
'%%% version-of OTHER.txt teacher' is built from OTHER.txt as the teacher's version, and its notebook
is marked as holding solutions (metadata treatylab.solutions), which the website leaves out.
"""
import os
import sys
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook


HERE = os.path.dirname(os.path.abspath(__file__))
AUDIENCES = ("student", "teacher")


def build(outline_text, audience="student"):
    first = outline_text.strip().splitlines()[0] if outline_text.strip() else ""
    if first.startswith("%%% version-of "):
        source, version = first[len("%%% version-of "):].split()
        if version not in AUDIENCES:
            raise ValueError("version-of: unknown version '%s' (use %s)" % (version, " or ".join(AUDIENCES)))
        with open(os.path.join(HERE, source)) as f:
            return build(f.read(), version)
    cells = []
    finding = None
    teacher_finding = None
    kind, tags, lines, only = None, [], [], None

    def flush():
        if kind is None or (only is not None and only != audience):
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
        if line.startswith("%%% teacher-finding "):
            teacher_finding = line[len("%%% teacher-finding "):].strip()
            continue
        if line.startswith("%%% "):
            flush()
            words = line[4:].split()
            kind = words[0]
            only = next((w for w in words[1:] if w in AUDIENCES), None)
            if kind == "exercise":
                kind, only = "code", "student"
            elif kind == "solution":
                kind, only = "code", "teacher"
            if kind not in ("md", "code"):
                raise ValueError("unknown cell kind in outline: " + line)
            tags = ["raises-exception"] if "raises" in words[1:] else []
            lines = []
        else:
            lines.append(line)
    flush()
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java", "language": "java"}
    if audience == "teacher" and teacher_finding:
        finding = teacher_finding
    if finding:
        nb.metadata["treatylab"] = {"finding": finding}
    if audience == "teacher":
        nb.metadata.setdefault("treatylab", {})["solutions"] = True
    nb.metadata["language_info"] = {"name": "java", "file_extension": ".jshell", "mimetype": "text/x-java-source"}
    # stable cell ids, so regenerating an unchanged outline gives the same file
    for i, c in enumerate(nb.cells):
        c["id"] = "cell-%02d" % i
    return nb


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        nb = build(f.read())
    nbformat.write(nb, sys.argv[2])
