# Attribute reads the evaluation loop caches per site: Python data descriptors, properties,
# instance attributes called as functions, and class attributes under a metaclass. Each
# change to a class (or an instance shadowing) must be seen at the next read of the same site.


class Upper:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "?").upper()

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Person:
    name = Upper()

    def __init__(self, name):
        self.name = name


people = [Person("ann"), Person("bob")]
for _ in range(3):
    print([p.name for p in people])
people[0].__dict__["name"] = "shadow"  # a data descriptor wins over the instance's dict
print([p.name for p in people])


def lower_get(self, obj, owner=None):
    return "lower:" + getattr(obj, self.name, "?")


Upper.__get__ = lower_get
print([p.name for p in people])
del Upper.__set__  # no longer a data descriptor: the instance's own value shows
print([p.name for p in people])


class Raises:
    def __get__(self, obj, owner=None):
        raise AttributeError("from __get__")

    def __set__(self, obj, value):
        pass


class WithGetattr:
    x = Raises()

    def __getattr__(self, name):
        return "fallback for " + name


w = WithGetattr()
print([w.x for _ in range(3)])


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v


t = Temp()
seen = []
for i in range(4):
    t.c = i
    seen.append(t.c)
    if i == 1:
        Temp.c = property(lambda self: -self._c, Temp.c.fset)
print(seen)


def boom(self):
    raise ValueError("in getter")


Temp.c = property(boom)
try:
    t.c
except ValueError as e:
    print("raised", e)


class Handler:
    def __init__(self, cb):
        self.cb = cb

    def run(self, x):
        return self.cb(x)

    def method(self, x):
        return "method", x


h = Handler(lambda x: x * 2)
print([h.run(i) for i in range(3)])
h.cb = len
print([h.run("ab") for _ in range(2)])
del h.cb
Handler.cb = Handler.method
print(h.run(5))


class Meta(type):
    def __getattr__(cls, name):
        return "meta getattr " + name


class Box:
    pass


class Sub(metaclass=Meta):
    LIMIT = 10
    box = Box()


vals = []
for i in range(4):
    vals.append(Sub.LIMIT)
    vals.append(type(Sub.box).__name__)
    if i == 1:
        Sub.LIMIT = 20
        Box.__get__ = lambda self, obj, owner=None: "box is a descriptor now"
print(vals)
print(Sub.missing)
Meta.LIMIT = property(lambda cls: "meta property")
print(Sub.LIMIT)

from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2

    @property
    def pretty(self):
        return self.name.title()


print([(Color.GREEN.value, Color.GREEN.name, Color.RED.pretty) for _ in range(3)])
print(Color.GREEN is Color(2), Color["RED"] is Color.RED)
