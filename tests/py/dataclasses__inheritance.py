# Fields of base dataclasses: order, overriding, defaults, kw_only.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass
class Base:
    x: object = 15.0
    y: int = 0


@dataclass
class C(Base):
    z: int = 10
    x: int = 15


print(C(), C(1, 2, 3))
print([(f.name, f.type.__name__, f.default) for f in fields(C)])
print(C.__doc__)


# Non-dataclass classes in between add nothing, but class attributes count as defaults.
class Mixin:
    def describe(self):
        return f'{type(self).__name__} with {len(fields(self))} fields'


@dataclass
class D(Mixin, C):
    w: str = 'w'


print(D(), D().describe())


class PlainBase:
    shared = 'class attribute'


@dataclass
class UsesAttr(PlainBase):
    shared: str


print(UsesAttr(), UsesAttr('given'))


# A subclass cannot add a field without a default after inherited defaults...
try:
    @dataclass
    class Bad(Base):
        required: int
except TypeError as e:
    print(type(e).__name__, e)


# ...unless it is keyword-only.
@dataclass
class Good(Base):
    required: int = field(kw_only=True)


print(Good(required=1), Good(1, 2, required=3))
print(Good.__doc__)


@dataclass(kw_only=True)
class KwBase:
    a: int
    b: int = 2


@dataclass
class KwChild(KwBase):
    c: int
    d: int = 4


k = KwChild(3, a=1)
print(k, KwChild.__match_args__)
print(KwChild.__doc__)


@dataclass
class WithMarker:
    p: int
    _: KW_ONLY
    q: int = 0
    r: int


@dataclass
class MarkerChild(WithMarker):
    s: int = 9


print(MarkerChild(1, r=2), MarkerChild(1, 8, q=1, r=2), MarkerChild.__match_args__)
print(MarkerChild.__doc__)
print([(f.name, f.kw_only) for f in fields(MarkerChild)])

# Subclass instances compare unequal to base instances even with the same fields.
@dataclass
class P:
    a: int


@dataclass
class Q(P):
    pass


print(P(1) == Q(1), Q(1) == Q(1), Q(2))


# Redefining a field as a plain attribute in a subclass leaves the field in place.
class R(P):
    a = 5


print(R(3), fields(R)[0].name)


# A subclass's own generated methods see all fields.
@dataclass(order=True)
class Ord:
    a: int


@dataclass(order=True)
class Ord2(Ord):
    b: int = 0


print(Ord2(1, 2) < Ord2(1, 3), Ord2(2) > Ord2(1, 9))


# Methods defined by a base dataclass are replaced in a subclass dataclass.
@dataclass
class HasRepr:
    a: int

    def __repr__(self):
        return 'HasRepr custom'


@dataclass
class ChildRepr(HasRepr):
    b: int = 0


print(HasRepr(1), ChildRepr(1))
