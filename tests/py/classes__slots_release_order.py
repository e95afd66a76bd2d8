# A dying instance releases its slots first (its own class's, sorted by name as CPython sorts
# __slots__, then each base's), then its __dict__, then what its builtin base holds.
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


class S:
    __slots__ = ("c", "a", "b")


print("slots, declared out of order")
o = S()
o.c = D("c")
o.a = D("a")
o.b = D("b")
del o


class S2(S):
    __slots__ = ("e", "d")


print("a subclass's own slots come before its base's")
o = S2()
o.d = D("d")
o.a = D("a")
o.e = D("e")
del o


class S3(S):
    pass


print("a subclass without __slots__: the base's slots, then the __dict__")
o = S3()
o.x = D("x")
o.a = D("a")
print("  __dict__", sorted(o.__dict__))
del o


class S4(S3):
    __slots__ = ("z",)


o = S4()
o.x = D("x")
o.a = D("a")
o.z = D("z")
print("  __dict__", sorted(o.__dict__))
del o


class S5:
    __slots__ = ("b", "__dict__", "a")


print("__dict__ among the slots")
o = S5()
o.x = D("x")
o.a = D("a")
o.b = D("b")
del o


class E(Exception):
    __slots__ = ("s",)


print("an exception: slots, __dict__, then its args")
e = E(D("arg"))
e.s = D("slot")
e.attr = D("attr")
del e


class W:
    __slots__ = ("a", "__weakref__")

    def __del__(self):
        print("  W.__del__")


print("__del__, weakref callbacks, then the slots")
o = W()
o.a = D("a")
r = weakref.ref(o, lambda r: print("  callback"))
del o


class P:
    pass


print("attributes in the order they were set")
o = P()
o.b = D("b")
o.a = D("a")
o.c = D("c")
o.a = D("a again")
del o
print("end")
