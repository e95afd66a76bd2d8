# `type`'s own attributes as every class answers them, and as `type.__dict__` holds them:
# __subclasses__ (a plugin registry), the isinstance/issubclass hooks a metaclass extends
# through super(), `|` on classes, flags and offsets scripts test, docstring signatures,
# a class's own annotations and abstract methods, and the names a class may still change.
import abc


class Plugin:
    registry_note = "plugins register by subclassing"


class CSVPlugin(Plugin):
    pass


class JSONPlugin(Plugin):
    pass


class StrictJSON(JSONPlugin):
    pass


print([c.__name__ for c in Plugin.__subclasses__()], JSONPlugin.__subclasses__())
print(type.__subclasses__(CSVPlugin), bool.__subclasses__())


def all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from all_subclasses(sub)


print(sorted(c.__name__ for c in all_subclasses(Plugin)))


class Loud(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", cls.__name__, type(obj).__name__)
        return super().__instancecheck__(obj)

    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, sub.__name__)
        return super().__subclasscheck__(sub)


class Watched(metaclass=Loud):
    pass


print(isinstance(Watched(), Watched), isinstance(3, Watched), issubclass(bool, Watched))
print(type.__instancecheck__(int, True), type.__subclasscheck__(int, bool), type.__subclasscheck__(str, bool))
try:
    type.__subclasscheck__(int, 3)
except TypeError as e:
    print("TypeError:", e)

print(int | str, type.__or__(int, None), type.__ror__(int, str), type.__or__(int, 3))
print(isinstance(3, int | str), Plugin | None)

HEAPTYPE, BASETYPE, IS_ABSTRACT = 1 << 9, 1 << 10, 1 << 20
LONG, LIST, DICT, BASE_EXC, TYPE = 1 << 24, 1 << 25, 1 << 29, 1 << 30, 1 << 31


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 4


class Flags(int):
    pass


for cls in (Plugin, Shape, Square, Flags, list, dict, ValueError, Loud, int, bool):
    f = cls.__flags__
    print(cls.__name__, [name for name, bit in [("heap", HEAPTYPE), ("base", BASETYPE), ("abstract", IS_ABSTRACT),
                                                  ("int", LONG), ("list", LIST), ("dict", DICT),
                                                  ("exc", BASE_EXC), ("type", TYPE)] if f & bit])


class Slotted:
    __slots__ = ("x",)


class WeakSlotted:
    __slots__ = ("x", "__weakref__")


for cls in (Plugin, Slotted, WeakSlotted, int, object):
    print(cls.__name__, cls.__dictoffset__ != 0, cls.__weakrefoffset__ != 0, cls.__itemsize__ >= 0)


class Documented:
    "Documented(a, b=1)\n--\n\nThe signature comes first."


class Undocumented:
    pass


print(Documented.__text_signature__, Undocumented.__text_signature__)

print(Shape.__abstractmethods__, Square.__abstractmethods__)
try:
    Plugin.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Plugin, "__abstractmethods__"), getattr(type, "__abstractmethods__", "none"))


class Annotated:
    x: int
    y: str = "y"


class Child(Annotated):
    pass


print(Annotated.__annotations__, Child.__annotations__, "__annotations__" in Child.__dict__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)

Child.__name__ = "Renamed"
Child.__qualname__ = "Outer.Renamed"
Child.__module__ = "elsewhere"
Child.__doc__ = "changed"
print(Child, Child.__name__, Child.__qualname__, Child.__doc__)
try:
    Child.__mro__ = ()
except AttributeError as e:
    print("AttributeError")
try:
    Child.__name__ = 3
except TypeError as e:
    print("TypeError:", e)

getset = type.__dict__
print(getset["__name__"].__get__(int), getset["__mro__"].__get__(bool), getset["__module__"].__get__(Plugin))
print(getset["__qualname__"].__get__(Loud), getset["__base__"].__get__(bool), getset["__bases__"].__get__(Square))
print([n for n in ("__subclasses__", "__instancecheck__", "__subclasscheck__", "__or__", "__ror__",
                   "__mro__", "__flags__", "__basicsize__", "__text_signature__") if n in dir(type)])
try:
    type.__subclasses__(3)
except TypeError as e:
    print("TypeError:", e)
