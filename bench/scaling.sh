#!/usr/bin/env bash
# Times common operations at n and 10n under reap (release) and CPython and prints each one's
# growth (time at 10n / time at n): about 10 is linear, about 100 quadratic. A Reap growth far
# above CPython's marks accidental quadratic work. Arguments go to bench/growth/scaling.py
# (`--scale F`, operation names); REAP=path/to/reap skips the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(python3 -c 'import sys; print(sys.executable)')   # the real binary, not the pyenv shim
if [ -z "${REAP:-}" ]; then
    cargo build -q --release -p reap
    REAP=target/release/reap
fi
printf '%-20s %9s %10s %8s %10s %8s\n' operation n reap_s growth cpython_s growth
paste <("$REAP" bench/growth/scaling.py "$@") <("$python" bench/growth/scaling.py "$@") |
    awk '{ flag = ($5 > 3 * $10 && $5 > 30) ? "  <- grows faster than CPython" : "";
           printf "%-20s %9s %10.5f %7.1fx %10.5f %7.1fx%s\n", $1, $2, $3, $5, $8, $10, flag }'
