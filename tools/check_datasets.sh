#!/usr/bin/env bash
# Re-runs every importer (tools/import-data) on ../shared/sources into a scratch folder and compares
# with datasets/: the curated files must be rebuilt byte for byte. Prints the importers' row counts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SOURCES="${1:-$ROOT/../shared/sources}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$ROOT/tools/import-data" "$SOURCES" "$scratch" | grep -E "^[a-z_]+[.]csv: in "
# compare the importers' outputs only: README.md and curated-inputs/ are written by hand
if diff -r -q -x README.md -x curated-inputs "$ROOT/datasets" "$scratch" >/dev/null; then
  echo "datasets/ rebuilt identically ($(ls "$scratch" | wc -l) files)"
else
  echo "datasets/ differs from what the importers build now (tools/import-data rebuilds it):" >&2
  diff -r -q -x README.md -x curated-inputs "$ROOT/datasets" "$scratch" >&2 || true
  exit 1
fi
