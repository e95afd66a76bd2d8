# An exception raised in a weakref callback is printed as "Exception ignored in" and swallowed.
import weakref


class Target:
    pass


def bad_callback(ref):
    print("bad_callback running")
    raise RuntimeError("callback failed")


def good_callback(ref):
    print("good_callback running")


t = Target()
r1 = weakref.ref(t, good_callback)
r2 = weakref.ref(t, bad_callback)
del t
print("program continues")
