# In a gc collection weakref callbacks run (and refs are cleared) before __del__ is called.
import gc
import weakref


class Obj:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("__del__, weakref now returns", r())


def cb(ref):
    print("callback, ref() is", ref())


gc.collect()
o = Obj()
r = weakref.ref(o, cb)
del o
print("collecting")
gc.collect()
print("end")
