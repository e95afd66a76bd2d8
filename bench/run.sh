#!/usr/bin/env bash
# Times each bench/py script under reap (release) and CPython, interleaved, RUNS times each, and
# prints medians: whole-process seconds and their ratio, then the same with each interpreter's
# start-up (the median of `-c pass`) subtracted, which is the time spent running the script.
# Ratios are reap / CPython: below 1.0 means Reap is faster. Every script runs at least half a
# second under CPython, so that CPython's start-up (about 20 ms, Reap's 2 ms) does not decide
# the figure. Outputs must agree.
# The second benchmark command, pyperformance's pure-Python suite, is bench/pyperformance.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
python=$(python3 -c 'import sys; print(sys.executable)')   # the real binary, not the pyenv shim
# REAP=path times another build (an earlier one, to compare); by default the release build.
if [ -z "${REAP:-}" ]; then
    cargo build -q --release -p reap
fi
reap=${REAP:-target/release/reap}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }
secs() { local s e; s=$(now); "$@" >/dev/null; e=$(now); echo "$e - $s" | bc; }

rs=(); cs=()
for _ in $(seq "$runs"); do
    rs+=("$(secs "$reap" -c pass)")
    cs+=("$(secs "$python" -c pass)")
done
r0=$(printf '%s\n' "${rs[@]}" | median)
c0=$(printf '%s\n' "${cs[@]}" | median)
printf 'start-up: reap %.3f s, cpython %.3f s (subtracted in the last three columns)\n' "$r0" "$c0"
printf '%-16s %8s %8s %7s  %8s %8s %7s\n' script reap_s cpy_s ratio reap_in cpy_in ratio
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
        rt+=("$(secs "$reap" "$script")")
        ct+=("$(secs "$python" "$script")")
    done
    r=$(printf '%s\n' "${rt[@]}" | median)
    c=$(printf '%s\n' "${ct[@]}" | median)
    ri=$(echo "$r - $r0" | bc -l)
    ci=$(echo "$c - $c0" | bc -l)
    printf '%-16s %8.3f %8.3f %7.2f  %8.3f %8.3f %7.2f\n' "$name" "$r" "$c" "$(echo "$r / $c" | bc -l)" \
        "$ri" "$ci" "$(echo "$ri / $ci" | bc -l)"
done
