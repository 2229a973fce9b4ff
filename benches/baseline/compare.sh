#!/usr/bin/env bash
# spincheck against the difflib baseline on the same synthetic corpus and suspects.
# Usage: bash benches/baseline/compare.sh [ARTICLES] [SUSPECTS]   (needs hyperfine)
set -euo pipefail
articles="${1:-1000}"; suspects="${2:-20}"
dir=$(mktemp -d)
cargo build --quiet --release --example gen_corpus
cargo build --quiet --release
./target/release/examples/gen_corpus "$articles" "$suspects" "$dir"
hyperfine --warmup 1 --runs 3 --export-markdown "$dir/compare.md" \
  "./target/release/spincheck check $dir/suspects/*.txt --corpus $dir/sources --format json --no-exit" \
  "python3 benches/baseline/difflib_baseline.py $dir/sources $dir/suspects/*.txt"
cat "$dir/compare.md"
