# A finalizer created by another finalizer while exiting is also run before shutdown completes.
import weakref


class Obj:
    pass


keep = []


def spawn():
    print("outer finalizer creating a new one")
    o = Obj()
    keep.append(o)
    weakref.finalize(o, print, "finalizer created during exit")


a = Obj()
b = Obj()
weakref.finalize(a, print, "older finalizer")
weakref.finalize(b, spawn)
print("end of script")
