# finalize's exit hook is registered with atexit at the first finalize(); LIFO decides the interleaving.
import atexit
import weakref


class Obj:
    pass


a, b, c = Obj(), Obj(), Obj()
atexit.register(print, "atexit 1 (before any finalize)")
weakref.finalize(a, print, "finalize A (creates the exit hook)")
atexit.register(print, "atexit 2 (after finalize A)")
weakref.finalize(b, print, "finalize B")
atexit.register(print, "atexit 3 (after finalize B)")
weakref.finalize(c, print, "finalize C")
print("end of script")
