"""The committed widget models (widgets/src/main/java/org/treatylab/widgets/model) are what the pinned
@jupyter-widgets/schema gives: regenerated in memory and compared. Installs the schema with `npm ci` into
widgets/schema/node_modules (skipped, with the reason, only where npm is missing)."""
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = os.path.join(ROOT, "widgets", "schema")


def test_generated_models_match_the_schema():
    if not os.path.isdir(os.path.join(SCHEMA, "node_modules", "@jupyter-widgets", "schema")):
        if shutil.which("npm") is None:
            pytest.skip("npm is missing: cannot install @jupyter-widgets/schema to check the generated models")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=SCHEMA, check=True,
                       stdout=subprocess.DEVNULL)
    r = subprocess.run([sys.executable, os.path.join(ROOT, "widgets", "generate_models.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "match @jupyter-widgets/schema 0.5.6" in r.stdout
