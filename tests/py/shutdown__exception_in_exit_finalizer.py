# An exception in a finalizer run at exit goes to sys.excepthook; the remaining finalizers still run.
import sys
import weakref


def hook(exc_type, exc, tb):
    print("excepthook:", exc_type.__name__, exc)


sys.excepthook = hook


class Obj:
    pass


def fail():
    raise ValueError("exit finalizer failed")


keep = [Obj(), Obj(), Obj()]
weakref.finalize(keep[0], print, "first finalizer")
weakref.finalize(keep[1], fail)
weakref.finalize(keep[2], print, "third finalizer")
print("end of script")
