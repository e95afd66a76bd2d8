# SystemExit raised in a weakref callback during the run is reported as unraisable and does not exit.
import sys
import weakref


class Obj:
    pass


def cb(ref):
    print("callback calling sys.exit(9)")
    sys.exit(9)


o = Obj()
r = weakref.ref(o, cb)
del o
print("still running after callback")
