#!/usr/bin/env bash
# The operations table: bench/ops/ops.py (one operation each, in a loop, timed inside the
# process) under reap (release) and CPython, RUNS interleaved runs each (default 3), medians,
# worst ratio first. Ratios are reap / CPython: below 1.0 means Reap is faster. Finds which
# operations to speed up next; pyperformance (bench/pyperformance.sh) says whether it paid.
#   bench/ops.sh                  every operation
#   bench/ops.sh calls property   some of them
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
python=$(python3 -c 'import sys; print(sys.executable)')   # the real binary, not the pyenv shim
if [ -z "${REAP:-}" ]; then
    cargo build -q --release -p reap
fi
reap=${REAP:-target/release/reap}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for i in $(seq "$runs"); do
    "$reap" bench/ops/ops.py "$@" > "$out/reap.$i"
    "$python" bench/ops/ops.py "$@" > "$out/cpython.$i"
done
python3 - "$out" "$runs" <<'PY'
import statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
def medians(kind):
    times = {}
    for i in range(1, runs + 1):
        for line in open(f"{out}/{kind}.{i}"):
            name, secs = line.split()
            times.setdefault(name, []).append(float(secs))
    return {n: statistics.median(v) for n, v in times.items()}
r, c = medians("reap"), medians("cpython")
rows = sorted(((r[n] / c[n], n) for n in c if n in r and c[n] > 0), reverse=True)
print(f"{'operation':<20} {'reap s':>8} {'cpython s':>9} {'ratio':>6}")
for ratio, n in rows:
    print(f"{n:<20} {r[n]:8.4f} {c[n]:9.4f} {ratio:6.2f}")
print(f"median ratio {statistics.median(x for x, _ in rows):.2f} over {len(rows)} operations")
PY
