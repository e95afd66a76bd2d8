# An uncaught exception prints its traceback first; atexit handlers and finalizers run afterwards; exit 1.
import atexit
import weakref


class Obj:
    def __del__(self):
        print("Obj.__del__ during teardown")


o = Obj()
atexit.register(print, "atexit handler")
weakref.finalize(o, print, "finalizer on o")


def fail():
    raise RuntimeError("uncaught")


print("about to fail")
fail()
print("not reached")
