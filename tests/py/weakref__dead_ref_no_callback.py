# If the weakref object dies before its referent, its callback is never called.
import weakref


class Target:
    pass


t = Target()
r = weakref.ref(t, lambda ref: print("callback A"))
r2 = weakref.ref(t, lambda ref: print("callback B"))
del r
del t
print("only B ran")
