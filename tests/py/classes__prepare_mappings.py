# A metaclass's __prepare__ may return any mapping: the class body's names are read and
# written through its __getitem__ and __setitem__ (enum's namespace refuses a member bound
# twice that way), and type.__new__ copies it as a dict.
from enum import Enum, Flag, auto


class Recording(dict):
    def __setitem__(self, key, value):
        print("set", key, type(value).__name__)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return Recording()


def outer():
    captured = 10

    class Body(metaclass=Meta):
        x = 1
        y = x + captured
        z = len
        del x

        def method(self):
            return self.y

    return Body


Body = outer()
print(sorted(k for k in Body.__dict__ if not k.startswith("__")), Body.y, Body().method())


class Refusing(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class Nope(metaclass=Refusing):
        pass
except TypeError as e:
    print("TypeError:", e)

for bad in ([], 5, None):
    try:
        type("Made", (), bad)
    except TypeError as e:
        print("TypeError:", e)
print(type("Made", (), Recording(a=1)).a)

for body in ("SQUARE = 2\n    SQUARE = 3", "RED = 1\n    def RED(self): pass",
             "def RED(self): pass\n    RED = 1", "A = 1\n    B = 2\n    A = 1",
             "_ignore_ = 'i'\n    for i in range(3): pass\n    X = 1",
             "A = auto()\n    B = auto()\n    C = A", "__doc__ = 'x'\n    __doc__ = 'y'\n    V = 1"):
    src = "class Shape(Enum):\n    " + body + "\nresult = list(Shape)"
    ns = {"Enum": Enum, "auto": auto}
    try:
        exec(src, ns)
        print(ns["result"])
    except TypeError as e:
        print("TypeError:", e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), Perm.RWX, Perm(6))
