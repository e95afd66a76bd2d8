# sys.exit() raised by a finalizer at exit escapes finalize's exit hook: older finalizers are skipped.
import atexit
import sys
import weakref


def hook(unraisable):
    print("unraisable:", unraisable.err_msg, "|", unraisable.exc_type.__name__, unraisable.exc_value)
    print("object:", unraisable.object)


sys.unraisablehook = hook


class Obj:
    pass


def exiter():
    print("finalizer calling sys.exit(4)")
    sys.exit(4)


atexit.register(print, "atexit handler registered first")
keep = [Obj(), Obj(), Obj()]
weakref.finalize(keep[0], print, "oldest finalizer (skipped)")
weakref.finalize(keep[1], exiter)
weakref.finalize(keep[2], print, "newest finalizer")
print("end of script")
