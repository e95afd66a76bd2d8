# Weakrefs to objects in a garbage cycle are cleared and their callbacks run when gc collects it.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name


gc.collect()
gc.disable()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: print("callback for a"))
rb = weakref.ref(b)
del a, b
print("after del, still alive:", ra() is not None, rb() is not None)
gc.collect()
print("after collect:", ra(), rb())
gc.enable()
