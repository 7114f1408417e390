#!/usr/bin/env bash
# Re-runs every importer on ../shared/sources into a scratch folder and compares with datasets/:
# the curated files must be rebuilt byte for byte. Prints the importers' row counts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SOURCES="${1:-$ROOT/../shared/sources}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
importers=$(ls "$ROOT"/lib/src/main/java/org/treatylab/data/importer/Import*.java 2>/dev/null | xargs -r -n1 basename | sed 's/\.java$//' | grep -v '^ImportException$\|^ImportReport$' || true)
if [ -z "$importers" ]; then echo "no importers yet"; exit 0; fi
CP="$(ls "$ROOT"/distro/target/java-kernel/lib/*.jar | tr '\n' ':')"
for imp in $importers; do
  java -cp "$CP" "org.treatylab.data.importer.$imp" "$SOURCES" "$scratch" | grep -E "^[a-z_]+[.]csv: in "
done
if diff -r -q -x README.md "$ROOT/datasets" "$scratch" >/dev/null; then
  echo "datasets/ rebuilt identically ($(ls "$scratch" | wc -l) files)"
else
  echo "datasets/ differs from what the importers build now:" >&2
  diff -r -q -x README.md "$ROOT/datasets" "$scratch" >&2 || true
  exit 1
fi
