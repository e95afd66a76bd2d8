#!/usr/bin/env python3
"""Prints re's table of extra case equivalences for pylib/re.py (`_EXTRA_CASES`): for each
lowercase character, the other lowercase characters that share its uppercase, which a
case-insensitive match must also accept ('s' and 'ſ', 'σ' and 'ς', 'i' and 'ı'). Computed
from the running interpreter's Unicode data; run with CPython 3.11 and paste the output over
the table in runtime/src/modules/pylib/re.py."""
import collections
import sys

groups = collections.defaultdict(set)
for cp in range(sys.maxunicode + 1):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    low = c.lower()
    if len(low) == 1:
        groups[c.upper()].add(ord(low))
extra = {}
for lows in groups.values():
    if len(lows) > 1:
        for low in lows:
            extra[low] = tuple(sorted(lows - {low}))
print("_EXTRA_CASES = {")
items = [f"0x{k:x}: ({', '.join(f'0x{v:x}' for v in vs)},)" for k, vs in sorted(extra.items())]
for i in range(0, len(items), 4):
    print("    " + ", ".join(items[i:i + 4]) + ",")
print("}")
