#!/usr/bin/env bash
# Lexing + parsing speed of Reap beside CPython's, on ~1 MB of CPython's own standard library.
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(python3 -c 'import sys; print(sys.executable)')   # the real binary, not the pyenv shim
list=target/bench-parse-files.txt
mkdir -p target
"$python" bench/parse_input.py > "$list"
cargo build -q --release -p reap-lang --example parse_bench
reap=$(target/release/examples/parse_bench < "$list")
read -r cpython_parse cpython_compile < <("$python" bench/parse_cpython.py < "$list")
printf 'input: %s files, %s bytes\n' "$(wc -l < "$list")" "$(cat $(cat "$list") | wc -c)"
printf 'reap parse:          %6s MB/s\n' "$reap"
printf 'cpython ast.parse(): %6s MB/s\n' "$cpython_parse"
printf 'cpython compile():   %6s MB/s\n' "$cpython_compile"
"$python" -c "print('reap / cpython compile(): %.1fx' % ($reap / $cpython_compile))"
