# A weakref callback is called once with the (now dead) weakref object itself.
import weakref


class Target:
    pass


calls = []


def cb(ref):
    calls.append(ref)
    print("callback, arg is r:", ref is r, "ref() ->", ref())


t = Target()
r = weakref.ref(t, cb)
print("__callback__ is cb:", r.__callback__ is cb)
del t
print("calls:", len(calls))
print("__callback__ after death:", r.__callback__)
