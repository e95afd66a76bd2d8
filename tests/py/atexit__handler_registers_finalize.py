# A weakref.finalize created inside an atexit handler that runs before finalize's exit hook still runs at exit.
import atexit
import weakref


class Obj:
    pass


keep = []


def make_finalizer():
    print("atexit handler creating a finalizer")
    o = Obj()
    keep.append(o)
    weakref.finalize(o, print, "finalizer made during exit runs")


first = Obj()
weakref.finalize(first, print, "finalizer from script body runs")
atexit.register(make_finalizer)
print("end of script")
