# On refcount death __del__ runs first, then weakref callbacks (which see a dead ref).
import weakref


class Obj:
    def __del__(self):
        print("__del__, ref still alive:", r() is self)


def cb(ref):
    print("callback, ref() is", ref())


o = Obj()
r = weakref.ref(o, cb)
del o
print("end")
