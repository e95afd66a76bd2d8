#!/usr/bin/env python3
"""List the parse benchmark's input: the largest modules of CPython's own standard library,
about 1 MB of real Python in all. (Files using `match`, which Reap does not parse yet, are left
out.) Prints one path a line."""

import glob
import os
import weakref

lib = os.path.dirname(weakref.__file__)
files = sorted(glob.glob(os.path.join(lib, "*.py")), key=os.path.getsize, reverse=True)
total = 0
for path in files:
    with open(path, "rb") as f:
        if b"\n    match " in f.read() or os.path.basename(path) in ("dataclasses.py", "traceback.py"):
            continue
    print(path)
    total += os.path.getsize(path)
    if total >= 1_000_000:
        break
