# A collection counts only what it had to tear apart itself: when the finalizers of a cycle
# break it (a `__del__` clearing its link, a generator's `finally`), the objects die of their
# reference counts as the finalizers run, and `gc.collect()` does not count them (CPython runs
# finalizers with no hold of its own on the garbage).
import gc

class Link:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        self.other = None

a = Link("a"); b = Link("b"); a.other = b; b.other = a
del a, b
print("collected", gc.collect())

# Only one of the two breaks the cycle: the other still dies of its count.
class Keeper:
    def __del__(self):
        print("keeper del")

k = Keeper(); l = Link("l"); k.other = l; l.other = k
del k, l
print("collected", gc.collect())

# A cycle whose finalizer leaves it whole is torn apart by the collector and counted.
class Stubborn:
    def __del__(self):
        print("stubborn del")

s = Stubborn(); t = Stubborn(); s.other = t; t.other = s
del s, t
print("collected", gc.collect())

# A generator suspended in `try`, held by the object its frame holds: closing it runs `finally`,
# which drops the frame's reference.
class Owner:
    pass

def tick(owner):
    try:
        yield 1
    finally:
        print("finally")

o = Owner(); o.gen = tick(o); next(o.gen)
del o
print("collected", gc.collect())

# Part of the garbage freed by finalizers, part left to the collector.
x = Link("x"); y = Link("y"); x.other = y; y.other = x
u = Stubborn(); v = Stubborn(); u.other = v; v.other = u
del x, y, u, v
print("collected", gc.collect())
