# A weakref callback may call gc.collect(), which collects other pending cycles.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def cb(ref):
    print("callback collecting")
    gc.collect()
    print("callback done")


gc.disable()
cyc = Node("cycle")
cyc.me = cyc
del cyc
t = Node("target")
r = weakref.ref(t, cb)
del t
print("end")
gc.enable()
