# Several finalizers on one object run newest first when it dies.
import weakref


class Obj:
    pass


o = Obj()
for name in ("first", "second", "third"):
    weakref.finalize(o, print, "finalizer", name)
print("deleting")
del o
print("end")
