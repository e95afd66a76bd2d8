# 800,000 two-object cycles, left to the collector and collected by gc.collect().
import gc


class Node:
    pass


gc.disable()
found = 0
for round in range(16):
    for i in range(50_000):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
    del a, b
    found += gc.collect()
print(found)
