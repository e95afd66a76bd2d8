#!/usr/bin/env python3
"""CPython's rate on the parse benchmark's input (the files named on stdin), in MB/s, median of
several runs: for ast.parse (parsing only, what Reap's figure measures) and for compile()
(parsing plus bytecode)."""

import ast
import statistics
import sys
import time

sources = [open(p.strip(), encoding="utf-8").read() for p in sys.stdin if p.strip()]
size = sum(len(s.encode()) for s in sources) / 1e6


def rate(fn):
    times = []
    for _ in range(7):
        start = time.perf_counter()
        for s in sources:
            fn(s)
        times.append(time.perf_counter() - start)
    return size / statistics.median(times)


print("%.1f %.1f" % (rate(ast.parse), rate(lambda s: compile(s, "bench", "exec"))))
