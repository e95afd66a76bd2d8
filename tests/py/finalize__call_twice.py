# Calling a finalizer runs it and returns the result; the second call returns None.
import weakref


class Obj:
    pass


def work(x):
    print("work", x)
    return x * 2


o = Obj()
f = weakref.finalize(o, work, 21)
print("first call:", f())
print("alive:", f.alive)
print("second call:", f())
del o
print("object died, nothing more runs")
