# ref(obj) without a callback returns the same weakref object each time; with a callback it does not.
import weakref


class Target:
    pass


t = Target()
a = weakref.ref(t)
b = weakref.ref(t)
print("no-callback refs identical:", a is b)
c = weakref.ref(t, lambda r: None)
d = weakref.ref(t, lambda r: None)
print("callback refs identical:", c is d, "equal:", c == d)
print("callback ref is plain ref:", c is a)
print("count:", weakref.getweakrefcount(t))
p1 = weakref.proxy(t)
p2 = weakref.proxy(t)
print("no-callback proxies identical:", p1 is p2)
