#!/usr/bin/env bash
# Prints what a run of ./reproduce used: dataset checksums and tool versions. No paths, no times,
# so two runs on the same inputs print the same record.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
echo "# treatylab run record"
echo "git commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "java: $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"
echo "maven: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
echo
echo "## datasets (sha256)"
for f in datasets/*; do [ -f "$f" ] && sha256sum "$f"; done
echo
echo "## kernel and library jars"
ls distro/target/java-kernel/lib | sort
