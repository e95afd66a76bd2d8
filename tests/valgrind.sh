#!/usr/bin/env bash
# Runs corpus scripts under valgrind's memcheck with the release `reap`: any invalid read or
# write, or a definite leak, fails. Usage: tests/valgrind.sh [GLOB...] (default: every script).
# CI runs the finalization scripts; the whole corpus takes about ten minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/py"
command -v valgrind >/dev/null || { echo "valgrind not installed" >&2; exit 2; }
cargo build -q --release -p reap
reap=../../target/release/reap
patterns=("$@")
[ ${#patterns[@]} -eq 0 ] && patterns=('*.py')
scripts=()
for p in "${patterns[@]}"; do
    for f in $p; do [ "$f" != record.py ] && [ -f "$f" ] && scripts+=("$f"); done
done
export reap
printf '%s\n' "${scripts[@]}" | xargs -P 2 -I{} sh -c '
    valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --show-possibly-lost=no "$reap" {} >/dev/null 2>/tmp/valgrind_$$.log </dev/null
    if [ $? -eq 99 ]; then echo "valgrind: {}"; cat /tmp/valgrind_$$.log; exit 255; fi
    rm -f /tmp/valgrind_$$.log'
echo "valgrind: ${#scripts[@]} scripts clean"
