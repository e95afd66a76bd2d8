#!/usr/bin/env bash
# The second benchmark command: pyperformance's pure-Python benchmarks (the suite CPython is
# judged by) under reap (release) and CPython 3.11, each timed inside the process, with the
# ratio per benchmark and the median (below 1.0 means Reap is faster). The runner is the team's
# shared tool; it downloads the suite once into /tmp.
#   bench/pyperformance.sh                 every benchmark, RUNS=3 interleaved runs each
#   bench/pyperformance.sh nbody float     some of them
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${PYPERFORMANCE:-../shared/tools/pyperformance.py}
if [ ! -f "$tool" ]; then
    echo "bench/pyperformance.sh: $tool not found (set PYPERFORMANCE to the runner's path)" >&2
    exit 2
fi
cargo build -q --release -p reap
exec python3 "$tool" target/release/reap "$@"
