#!/usr/bin/env bash
# Instructions per statement, counted with valgrind's callgrind (exact and repeatable, whatever
# the machine's load, unlike timings): each statement runs 100,000 times in a loop inside a
# function; the table shows its instructions per iteration beyond the empty loop's (and, for
# the empty loop, its whole count). One column per build:
#   bench/instructions.sh                      the release build
#   bench/instructions.sh OLD_BIN NEW_BIN      two builds side by side (an earlier commit's
#                                              binary against the current one, say)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench/instructions.sh needs valgrind" >&2; exit 2; }
if [ $# -eq 0 ]; then
    cargo build -q --release -p reap
    set -- target/release/reap
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'EOF'
import sys
statements = {
    'empty': 'pass',
    'loadfast': 'y = a',
    'add_int': 'y = a + b',
    'add_float': 'y = c + d',
    'compare': 'y = a < b',
    'if_less': 'if a < b: pass',
    'global': 'y = G',
    'builtin': 'y = len',
    'attr': 'y = o.x',
    'setattr': 'o.x = a',
    'class_attr': 'y = o.K',
    'method': 'o.m()',
    'call0': 'f0()',
    'call2': 'f2(a, b)',
    'call_kw': 'fk(1, c=4)',
    'len': 'len(L)',
    'isinstance': 'isinstance(o, C)',
    'list_index': 'y = L[1]',
    'list_store': 'L[1] = a',
    'unpack': 'p, q = T',
    'tuple': 'y = (a, b)',
    'tuple_cmp': 'y = T < U',
    'new': 'C()',
    'with': 'with ctx: pass',
    'in_dict': 'y = "k7" in D',
}
for name, body in statements.items():
    with open(f'{sys.argv[1]}/{name}.py', 'w') as f:
        f.write(f'''
G = 1
class C:
    K = 5
    def __init__(self): self.x = 1
    def m(self): pass
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def f0(): pass
def f2(a, b): pass
def fk(a, b=2, *, c=3): pass
D = {{"k%d" % i: i for i in range(100)}}
def main():
    a, b, c, d = 1, 2, 1.5, 2.5
    o = C(); L = [1, 2, 3]; T = (1, 2); U = (1, 3); ctx = Ctx()
    for i in range(100000):
        {body}
main()
''')
EOF
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" "$2" 2>&1 | awk '/refs/ {gsub(",", "", $4); print $4}'; }
printf '%-12s' statement
for bin in "$@"; do
    label=$(basename "$(dirname "$bin")")/$(basename "$bin")
    [ ${#label} -gt 14 ] && label=${label: -14}
    printf ' %14s' "$label"
done
echo
declare -A base
for bin in "$@"; do base[$bin]=$(count "$bin" "$dir/empty.py"); done
for f in "$dir"/*.py; do
    name=$(basename "$f" .py)
    printf '%-12s' "$name"
    for bin in "$@"; do
        if [ "$name" = empty ]; then
            printf ' %14d' $(( ${base[$bin]} / 100000 ))
        else
            printf ' %14d' $(( ($(count "$bin" "$f") - ${base[$bin]}) / 100000 ))
        fi
    done
    echo
done
