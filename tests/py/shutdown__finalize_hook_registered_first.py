# An atexit handler registered before the first finalize() runs after all finalizers at exit.
import atexit
import weakref


class Obj:
    pass


late_target = None


def after_hook():
    print("atexit handler registered before finalize; finalizer alive:", skipped.alive)
    global late_target
    late_target = None
    print("object dropped; finalizer alive:", skipped.alive)


atexit.register(after_hook)
early = Obj()
weakref.finalize(early, print, "exit finalizer runs")
late_target = Obj()
skipped = weakref.finalize(late_target, print, "atexit=False finalizer (never printed)")
skipped.atexit = False
print("end of script")
