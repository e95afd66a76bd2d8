# A full collection over many live objects, at 100,000 and at 1,000,000: the time of each
# collection is what grows (linearly) with the heap.
import gc
import time


class Item:
    def __init__(self, i):
        self.i = i
        self.peer = None


gc.disable()
live = []
for n in (100_000, 1_000_000):
    while len(live) < n:
        live.append(Item(len(live)))
    for _ in range(3):
        gc.collect()
print(len(live), gc.collect())
