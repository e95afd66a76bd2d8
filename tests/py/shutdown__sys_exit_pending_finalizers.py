# sys.exit(3) with pending finalizers: they and atexit handlers still run, and the exit status is 3.
import atexit
import sys
import weakref


class Obj:
    pass


keep = [Obj(), Obj()]
weakref.finalize(keep[0], print, "finalizer 0")
weakref.finalize(keep[1], print, "finalizer 1")
atexit.register(print, "atexit handler")
try:
    print("calling sys.exit(3)")
    sys.exit(3)
finally:
    print("finally block runs before exit")
print("not reached")
