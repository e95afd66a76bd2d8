# A weakref that is itself part of the same garbage cycle as its referent does not call its callback.
import gc
import weakref


class Node:
    pass


gc.collect()
gc.disable()
n = Node()
n.me = n
n.self_ref = weakref.ref(n, lambda r: print("callback (not expected)"))
outside = weakref.ref(n, lambda r: print("outside callback runs"))
del n
print("collecting")
gc.collect()
print("end")
gc.enable()
