# How the time of a full collection grows with the number of live objects: prints, for each
# heap size, the median time of five gc.collect() calls (seconds). Timings differ between
# runs and interpreters, so bench/gc_growth.sh compares the growth, not the output.
import gc
import time


class Item:
    def __init__(self, i):
        self.i = i
        self.peer = None


gc.disable()
live = []
for n in (100_000, 200_000, 500_000, 1_000_000):
    while len(live) < n:
        live.append(Item(len(live)))
    gc.collect()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        gc.collect()
        times.append(time.perf_counter() - start)
    times.sort()
    print(n, times[2])
