#!/usr/bin/env bash
# Re-runs every importer on ../shared/sources into a scratch folder and compares with datasets/:
# the curated files must be rebuilt byte for byte. Prints the importers' row counts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SOURCES="${1:-$ROOT/../shared/sources}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# in dependency order: the claims ledger checks that the treaty datasets it names exist
importers="ImportTreaties ImportMonitor"
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
