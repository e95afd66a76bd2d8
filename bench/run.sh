#!/usr/bin/env bash
# Times each bench/py script under reap (release) and CPython, interleaved, and prints the median
# time ratio (reap / CPython; below 1.0 means Reap is faster). Outputs must agree.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
python=$(python3 -c 'import sys; print(sys.executable)')   # the real binary, not the pyenv shim
cargo build -q --release -p reap
reap=target/release/reap
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }
printf '%-16s %10s %10s %8s\n' script reap_s cpython_s ratio
for script in bench/py/*.py; do
    name=$(basename "$script" .py)
    want=$("$python" "$script")
    got=$("$reap" "$script")
    if [ "$want" != "$got" ]; then
        echo "$name: outputs differ (reap: $got, cpython: $want)"
        continue
    fi
    rt=(); ct=()
    for _ in $(seq "$runs"); do
        s=$(now); "$reap" "$script" >/dev/null; e=$(now); rt+=("$(echo "$e - $s" | bc)")
        s=$(now); "$python" "$script" >/dev/null; e=$(now); ct+=("$(echo "$e - $s" | bc)")
    done
    r=$(printf '%s\n' "${rt[@]}" | median)
    c=$(printf '%s\n' "${ct[@]}" | median)
    printf '%-16s %10.3f %10.3f %8.2f\n' "$name" "$r" "$c" "$(echo "$r / $c" | bc -l)"
done
