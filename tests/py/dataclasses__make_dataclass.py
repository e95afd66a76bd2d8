# make_dataclass() builds a dataclass from a list of fields.
from dataclasses import dataclass, field, fields, make_dataclass, is_dataclass, asdict

C = make_dataclass('C', [('x', int), 'y', ('z', int, field(default=5))],
                   namespace={'add_one': lambda self: self.x + 1})
c = C(1, 2)
print(c, c.add_one(), is_dataclass(C))
print(C.__name__, C.__qualname__, C.__module__)
print(C.__doc__)
print([(f.name, f.type) for f in fields(C)])
print(asdict(C(1, 'y', 3)))


@dataclass
class Base:
    base: int = 0


D = make_dataclass('D', [('extra', str, 'e')], bases=(Base,))
print(D(), D(1, 'f'), issubclass(D, Base))

F = make_dataclass('F', [('a', int)], frozen=True, order=True)
print(F(1) < F(2), hash(F(1)) == hash(F(1)))
try:
    F(1).a = 2
except AttributeError as e:
    print(type(e).__name__, e)

K = make_dataclass('K', [('a', int), ('b', int)], kw_only=True)
print(K(b=2, a=1), K.__doc__)

S = make_dataclass('S', [('a', int)], slots=True)
print(S(4), S.__slots__)

E = make_dataclass('E', [])
print(E(), E() == E())

for bad in ([('a', int, 1, 2)], ['1a'], [('class', int)], ['a', 'a'], [(3, int)]):
    try:
        make_dataclass('X', bad)
    except TypeError as e:
        print(type(e).__name__, e)
