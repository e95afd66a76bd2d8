# Objects with __del__ in a reference cycle are finalized and freed by gc.collect() (no gc.garbage).
import gc

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        log.append(self.name)


gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("before collect:", log)
gc.collect()
print("after collect:", sorted(log))
print("garbage:", gc.garbage)
