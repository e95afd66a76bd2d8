import weakref, gc

class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Obj({self.name})"
    def method(self): return self.name

class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, **tags):
        super().__init__(ob, callback)
        self.tags = tags

def cb(r):
    print("callback got", type(r).__name__, r.tags, r())

a = Obj("a")
t = Tagged(a, cb, colour="red")
plain = weakref.ref(a)
print(t == plain, plain == t, t != plain, hash(t) == hash(plain))
print(t is not plain, weakref.ref(a) is plain)
print([type(x).__name__ for x in weakref.getweakrefs(a)], weakref.getweakrefcount(a))
print(type(a.__weakref__).__name__ if hasattr(a, "__weakref__") else None)
print(repr(t).startswith("<weakref at"), "to 'Obj'" in repr(t))
print(t.__callback__ is cb)
print(isinstance(t, weakref.ReferenceType), issubclass(Tagged, weakref.ref))
d = {t: 1}
print(d[plain])
del a
print(t(), repr(t).endswith("dead>"))

# A cycle: the referent dies in a collection; the subclass instance gets the callback.
b = Obj("b"); b.self = b
t2 = Tagged(b, cb, kind="cycle")
del b
print("collect", gc.collect() > 0)

# The reference itself is garbage with its referent: no callback.
c = Obj("c"); c.self = c
c.ref = Tagged(c, cb, kind="garbage")
del c
gc.collect()
print("no callback for garbage reference")

# WeakMethod from the library is a ref subclass.
o = Obj("m")
wm = weakref.WeakMethod(o.method, lambda r: print("method gone", type(r).__name__))
print(wm()(), type(wm).__mro__[1].__name__)
del o

# __slots__ subclass with __new__ (the KeyedRef pattern).
class KeyedRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = super().__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
e = Obj("e")
k = KeyedRef(e, lambda r: print("keyed", r.key), "the-key")
print(k.key, k() is e)
del e
try:
    Tagged(1)
except TypeError as ex:
    print(ex)
try:
    Tagged()
except TypeError as ex:
    print(ex)
class Plain(weakref.ref): pass
f = Obj("f")
try:
    Plain(f, x=1)
except TypeError as ex:
    print(ex)
p1 = Plain(f); p2 = Plain(f)
print(p1 is p2, p1 == p2, weakref.getweakrefcount(f))
try:
    p1(1)
except TypeError as ex:
    print(ex)
