# A cyclic object resurrected by __del__ during gc.collect() survives and is not finalized twice.
import gc

keep = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("__del__", self.name)
        if self.name == "a":
            keep.append(self)


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
gc.collect()
print("kept:", [n.name for n in keep])
print("partner reachable:", keep[0].other.name)
print("is_finalized:", gc.is_finalized(keep[0]))
keep.clear()
gc.collect()
print("after clearing keep, no second __del__")
