# gc.DEBUG_SAVEALL: collected garbage goes to gc.garbage instead of being freed.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print("found:", gc.collect())
print("saved:", sorted(n.name for n in gc.garbage if isinstance(n, Node)))
print("still linked:", gc.garbage[0].peer.peer is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print("debug:", gc.get_debug(), "garbage:", gc.garbage)
