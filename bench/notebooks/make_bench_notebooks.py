#!/usr/bin/python3
"""Builds the two benchmark notebooks from their outlines (the format of tools/notebook_src)."""
import os
import sys

import nbformat

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools", "notebook_src"))
from make_notebook import build  # noqa: E402

for name, kernel in [("petrova-core-java", None), ("petrova-core-python", "python3")]:
    with open(os.path.join(HERE, name + ".txt")) as f:
        nb = build(f.read())
    if kernel:
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.metadata["language_info"] = {"name": "python"}
    nbformat.write(nb, os.path.join(HERE, name + ".ipynb"))
