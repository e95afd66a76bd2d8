# Reprs of the module's objects, descriptors as defaults, abstract methods, copy().
import copy
import dataclasses
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, fields, Field, InitVar, KW_ONLY, MISSING


@dataclass
class P:
    x: int
    y: list = field(default_factory=list, repr=False, metadata={'doc': 'why'})


fx, fy = fields(P)
print(fx)
print(fy)
print(P.__dataclass_params__)
print(type(fx) is Field, fx.default is MISSING, fy.default_factory is list)
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object at 0x'))
print(repr(KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE object at 0x'))
print(InitVar(int), InitVar('str'), InitVar(list).type)
print(dataclasses.FrozenInstanceError.__mro__[1:])
print(sorted(dataclasses.__all__))
f = field(default=3)
print(f.name, f.type, f.default, f._field_type)


# The documentation's descriptor-typed field.
class IntConversionDescriptor:
    def __init__(self, *, default):
        self._default = default

    def __set_name__(self, owner, name):
        self._name = '_' + name

    def __get__(self, obj, type):
        if obj is None:
            return self._default
        return getattr(obj, self._name, self._default)

    def __set__(self, obj, value):
        setattr(obj, self._name, int(value))


@dataclass
class InventoryItem:
    quantity_on_hand: IntConversionDescriptor = IntConversionDescriptor(default=100)


i = InventoryItem()
print(i.quantity_on_hand)
i.quantity_on_hand = 2.5
print(i.quantity_on_hand, InventoryItem(7.9))


# Generated methods implement abstract methods.
class Shape(ABC):
    @abstractmethod
    def __repr__(self):
        ...

    @abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: int

    def area(self):
        return self.side ** 2


sq = Square(3)
print(sq, sq.area(), sorted(Square.__abstractmethods__))


@dataclass
class Unfinished(Shape):
    side: int


try:
    Unfinished(1)
except TypeError as e:
    print(type(e).__name__, e)


# Instances of dataclasses copy like other instances.
@dataclass
class Box:
    items: list


b = Box([[1]])
print(copy.copy(b).items is b.items, copy.deepcopy(b).items[0] is b.items[0],
      copy.deepcopy(b) == b)


@dataclass(frozen=True)
class FrozenBox:
    items: tuple


fb = FrozenBox((1, [2]))
fb2 = copy.deepcopy(fb)
print(fb2, fb2 == fb, fb2.items[1] is fb.items[1])


# A class decorated twice keeps working.
@dataclass
@dataclass
class Twice:
    a: int


print(Twice(1), [f.name for f in fields(Twice)])


# Class-level defaults stay on the class; field(...) objects are replaced by them.
@dataclass
class Defaults:
    a: int = 1
    b: int = field(default=2)
    c: list = field(default_factory=list)


print(Defaults.a, Defaults.b, hasattr(Defaults, 'c'))
