#!/usr/bin/env bash
# Regenerates the sample reports in reports/ from the bundled corpus.
# Usage: bash reports/generate.sh [OUT_DIR]   (from the repository root;
# SPINCHECK=path/to/binary to use a built binary instead of `cargo run`).
set -euo pipefail
out="${1:-reports}"
run() {
  if [ -n "${SPINCHECK:-}" ]; then "$SPINCHECK" "$@"; else cargo run --quiet --release -- "$@"; fi
}
suspects=(corpus/suspects/*.txt)
common=(check "${suspects[@]}" --corpus corpus/sources --no-exit)
mkdir -p "$out"
run "${common[@]}" --format json -o "$out/corpus.json"
run "${common[@]}" --format sarif -o "$out/corpus.sarif"
run "${common[@]}" --format text -o "$out/corpus.txt"
run "${common[@]}" --format line -o "$out/corpus.lines"
run "${common[@]}" --format terminal --color always -o "$out/corpus.ansi"
run "${common[@]}" --format html -o "$out/html"
