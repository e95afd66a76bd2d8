# slots=True, kw_only=True, KW_ONLY and match_args.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass(slots=True)
class Slotted:
    a: int
    b: list = field(default_factory=list)
    c: int = 3
    d: int = field(init=False, default=4)


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
print(s == Slotted(1), Slotted.__name__, Slotted.__qualname__)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
s.a = 10
print(s, [f.name for f in fields(Slotted)])


@dataclass(slots=True)
class SlottedChild(Slotted):
    e: int = 5


print(SlottedChild(1), SlottedChild.__slots__)


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    x: int
    y: int = 0


fs = FrozenSlots(1)
print(fs, hash(fs) == hash(FrozenSlots(1)), FrozenSlots.__getstate__(fs))
try:
    fs.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(slots=True)
    class HasSlots:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print(type(e).__name__, e)


class Outer:
    @dataclass(slots=True)
    class InnerSlots:
        a: int


print(Outer.InnerSlots(1), Outer.InnerSlots.__qualname__)


# kw_only=True for the whole class.
@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80
    debug: bool = False


print(Config(host='h'), Config.__match_args__)
try:
    Config('h')
except TypeError as e:
    print(type(e).__name__, e)
try:
    Config()
except TypeError as e:
    print(type(e).__name__, e)


# Per-field kw_only, and a required keyword-only field after defaults.
@dataclass
class Mixed:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = field(default=1, kw_only=False)


print(Mixed(5, b=2), Mixed(b=1), Mixed.__match_args__, Mixed.__doc__)


# The KW_ONLY marker.
@dataclass
class Marked:
    x: float
    _: KW_ONLY
    y: float
    z: float = 0.0


print(Marked(3.0, y=1.5), Marked.__match_args__, Marked.__doc__)
print([f.name for f in fields(Marked)], '_' in Marked.__dataclass_fields__)
try:
    Marked(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class TwoMarkers:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print(type(e).__name__, e)


# match_args=False, and an explicit __match_args__ kept.
@dataclass(match_args=False)
class NoMatch:
    a: int


@dataclass
class OwnMatch:
    a: int
    b: int
    __match_args__ = ('b',)


print(hasattr(NoMatch, '__match_args__'), OwnMatch.__match_args__)
match OwnMatch(1, 2):
    case OwnMatch(v):
        print('matched b =', v)
