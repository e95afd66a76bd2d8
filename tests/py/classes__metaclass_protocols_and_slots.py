# Protocols a class answers through its metaclass (reversed, __index__), reversed() and its
# sequence protocol, object.__dir__ called from a __dir__ (as enum's IntEnum members do),
# and the class-creation checks CPython makes on __slots__.
from collections import defaultdict
from enum import Enum, IntEnum, StrEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Number(IntEnum):
    ONE = 1


class Letter(StrEnum):
    A = "a"


print(list(reversed(Color)), list(reversed(Number)))
print([n for n in dir(Number.ONE) if not n.startswith("_")][:6], "ONE" in dir(Number))
print([n for n in dir(Letter.A) if n in ("name", "value", "upper", "__class__")])


class Picky:
    def __dir__(self):
        return [n for n in object.__dir__(self) if not n.startswith("_")]


p = Picky()
p.shown = 1
print(dir(p), sorted(object.__dir__(p))[:3])


class Meta(type):
    def __reversed__(cls):
        return iter(["last", "first"])

    def __index__(cls):
        return 1


class Indexed(metaclass=Meta):
    pass


print(list(reversed(Indexed)), [10, 20][Indexed], "abc"[Indexed:], list(range(5))[Indexed::2])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class NoReverse(list):
    __reversed__ = None


print(list(reversed(Seq())))
for obj in (OnlyIter(), NoReverse([1]), int, {1: 2}, {1: 2}.keys(), Color.RED):
    try:
        print(list(reversed(obj)))
    except TypeError as e:
        print("TypeError:", e)

for make in (lambda: defaultdict(5), lambda: defaultdict("x", a=1), lambda: defaultdict(None, a=1)):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)


def slotted(slots, **body):
    try:
        cls = type("Slotted", (), {"__slots__": slots, **body})
        return sorted(n for n in cls.__dict__ if not n.startswith("__") or n in slots)
    except ValueError as e:
        return "ValueError: %s" % e


print(slotted(("x",), x=0), slotted(("x", "y"), y=lambda self: 1), slotted(("x",), z=2))
print(slotted(("__doc__",), __doc__="text"), slotted(("__weakref__",), __weakref__=1))
print(slotted(("__doc__", "__qualname__")))


class Private:
    __slots__ = ("__secret",)
    try:
        exec("pass")
    finally:
        pass


print(Private.__slots__, [n for n in Private.__dict__ if "secret" in n])
