# A weakref callback may allocate objects and create new weakrefs whose callbacks fire later.
import weakref


class Node:
    def __init__(self, name):
        self.name = name


registry = []


def cb(ref):
    print("callback: making replacement")
    replacement = Node("replacement")
    registry.append(replacement)
    registry.append(weakref.ref(replacement, lambda r: print("replacement died")))


n = Node("original")
r = weakref.ref(n, cb)
del n
print("registry holds:", registry[0].name, registry[1]() is registry[0])
registry.pop(0)
print("end")
