# An exception in a finalize callback on object death goes to sys.unraisablehook; later finalizers still run.
import sys
import weakref


def hook(unraisable):
    print("unraisable:", unraisable.exc_type.__name__, unraisable.exc_value,
          "object is finalize:", isinstance(unraisable.object, weakref.finalize))


sys.unraisablehook = hook


class Obj:
    pass


def fail():
    raise ValueError("finalizer failed")


o = Obj()
weakref.finalize(o, print, "older finalizer still runs")
weakref.finalize(o, fail)
del o
print("end")
