# A finalizer on an object in a garbage cycle runs when gc collects the cycle.
import gc
import weakref


class Node:
    pass


gc.collect()
gc.disable()
a, b = Node(), Node()
a.peer, b.peer = b, a
f = weakref.finalize(a, print, "finalizer for a")
del a, b
print("after del, alive:", f.alive)
gc.collect()
print("after collect, alive:", f.alive)
gc.enable()
