# frozen=True, order=True, unsafe_hash=True and the rules that decide __hash__.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Color:
    r: int
    g: int = 0
    b: int = 0


c = Color(255)
print(c, hash(c) == hash(Color(255, 0, 0)), hash(c) == hash(Color(0, 255)))
for action in ('set', 'set_new', 'del'):
    try:
        if action == 'set':
            c.r = 1
        elif action == 'set_new':
            c.alpha = 1
        else:
            del c.g
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(c)
print({Color(1), Color(1), Color(2)} == {Color(1), Color(2)})
print(Color.__setattr__.__qualname__, Color.__hash__.__qualname__)


# A frozen class with __post_init__ uses object.__setattr__ for derived values.
@dataclass(frozen=True)
class Rect:
    w: int
    h: int
    area: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'area', self.w * self.h)


print(Rect(2, 3))


# order=True: tuple comparison of the fields, in order.
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2, 'b'), Version(0, 9), Version(1, 0, 'a'), Version(1, 2, 'a')]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) <= Version(2), Version(3) > Version(2, 9),
      Version(1) >= Version(1, 1))
print(Version(1, 2, 'x') == Version(1, 2, 'y'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)


class SubVersion(Version):
    pass


try:
    Version(1) < SubVersion(2)
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__lt__.__qualname__)


# The hash rules.
@dataclass
class EqOnly:
    a: int


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False)
    d: int = field(default=0, compare=False, hash=True)


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 99


@dataclass(frozen=True)
class ExplicitHashFrozen:
    a: int

    def __hash__(self):
        return 98


@dataclass
class EqInBody:
    a: int

    def __eq__(self, other):
        return True


@dataclass(frozen=True)
class EqInBodyFrozen:
    a: int

    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
# Identity hashes: two live objects differ (two temporaries may share an address, and so a hash).
n1, n2 = NoEq(1), NoEq(1)
print('__hash__' in NoEq.__dict__, hash(n1) == hash(n1), hash(n1) == hash(n2))
u = Unsafe(1, [1], 5, 7)
# Only a and d are hashed: b is hash=False, c is compare=False (and hash=None).
print(hash(u) == hash(Unsafe(1, [2], 6, 7)), hash(u) == hash(Unsafe(2, [1], 5, 7)),
      hash(u) == hash(Unsafe(1, [1], 5, 8)), Unsafe.__hash__.__qualname__)
f1, f2 = FrozenNoEq(1), FrozenNoEq(1)
print('__hash__' in FrozenNoEq.__dict__, hash(f1) == hash(f1), hash(f1) == hash(f2))
print(hash(ExplicitHash(1)), hash(ExplicitHashFrozen(1)))
print(EqInBody.__hash__)
print(hash(EqInBodyFrozen(3)) == hash(EqInBodyFrozen(3)), hash(EqInBodyFrozen(3)) == hash(EqInBodyFrozen(4)))


# unsafe_hash with an explicit __hash__ is an error.
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)

# order=True refuses to replace ordering methods of the class body.
try:
    @dataclass(order=True)
    class HasLt:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class OrderNoEq:
        a: int
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class OwnSetattr:
        a: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print(type(e).__name__, e)


# Frozen and non-frozen dataclasses do not mix in a hierarchy.
@dataclass
class Loose:
    a: int


@dataclass(frozen=True)
class Stiff:
    a: int


try:
    @dataclass(frozen=True)
    class StiffLoose(Loose):
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class LooseStiff(Stiff):
        b: int
except TypeError as e:
    print(type(e).__name__, e)


# A frozen subclass of a frozen class can still get new non-field attributes? No: its
# own __setattr__ refuses every name on instances of exactly its class.
@dataclass(frozen=True)
class Stiffer(Stiff):
    b: int = 2


s = Stiffer(1)
print(s, hash(s) == hash(Stiffer(1)), hash(s) == hash(Stiffer(1, 3)))
try:
    s.b = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)


# A plain subclass of a frozen dataclass can set attributes that are not fields.
class Plain(Stiff):
    pass


p = Plain(5)
p.extra = 'ok'
print(p.extra)
try:
    p.a = 6
except FrozenInstanceError as e:
    print(type(e).__name__, e)
