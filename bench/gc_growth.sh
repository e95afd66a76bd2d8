#!/usr/bin/env bash
# Times a full collection at 100,000 to 1,000,000 live objects under reap (release) and
# CPython, and prints each time with its growth over the 100,000 case: linear growth means
# about 10x at 1,000,000.
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(python3 -c 'import sys; print(sys.executable)')   # the real binary, not the pyenv shim
cargo build -q --release -p reap
reap=target/release/reap
printf '%-10s %12s %8s %12s %8s\n' objects reap_s growth cpython_s growth
paste <("$reap" bench/growth/gc_growth.py) <("$python" bench/growth/gc_growth.py) |
    awk 'NR == 1 { r0 = $2; c0 = $4 } { printf "%-10s %12.4f %7.1fx %12.4f %7.1fx\n", $1, $2, $2 / r0, $4, $4 / c0 }'
