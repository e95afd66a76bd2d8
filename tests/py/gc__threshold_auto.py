# A low threshold makes automatic collection reclaim a cycle with __del__ during later allocations.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("auto-collected", self.name)


gc.collect()
gc.set_threshold(1)
print("threshold:", gc.get_threshold()[0])
n = Node("n1")
del n
for i in range(10):
    x = [i]
print("after allocations")
gc.set_threshold(100000)
n = Node("n2")
del n
for i in range(10):
    x = [i]
print("high threshold: not collected yet")
gc.collect()
print("end")
