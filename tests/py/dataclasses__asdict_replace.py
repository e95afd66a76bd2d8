# asdict(), astuple(), replace() and fields() on dataclass instances.
from collections import namedtuple, OrderedDict
from dataclasses import dataclass, field, fields, asdict, astuple, replace


@dataclass
class Point:
    x: int
    y: int


@dataclass
class C:
    mylist: list[Point]


p = Point(10, 20)
print(asdict(p))
c = C([Point(0, 0), Point(10, 4)])
print(asdict(c))
print(astuple(p), astuple(c))

# The result is a copy: nothing is shared with the instance.
@dataclass
class Holder:
    items: list
    mapping: dict
    pair: tuple
    obj: object = None


class Plain:
    def __init__(self):
        self.v = [1]


inner = [1, [2]]
h = Holder(inner, {'k': Point(1, 2), Point(3, 4).x: 'v'}, (Point(5, 6), 'z'), Plain())
d = asdict(h)
print(d['items'], d['items'] is inner, d['items'][1] is inner[1])
print(d['mapping'], d['pair'])
print(type(d['obj']).__name__, d['obj'] is h.obj, d['obj'].v == h.obj.v, d['obj'].v is h.obj.v)
t = astuple(h)
print(t[:3])

# dict_factory and tuple_factory.
print(asdict(p, dict_factory=OrderedDict))
print(asdict(c, dict_factory=lambda pairs: [k for k, v in pairs]))
print(astuple(c, tuple_factory=list))

# Subclasses of list/tuple/dict and namedtuples keep their types.
class MyList(list):
    pass


NT = namedtuple('NT', 'a b')


@dataclass
class Containers:
    ml: MyList
    nt: NT
    od: OrderedDict


cc = Containers(MyList([Point(1, 1)]), NT(Point(2, 2), 3), OrderedDict(z=Point(0, 1)))
dc = asdict(cc)
print(type(dc['ml']).__name__, dc['ml'])
print(type(dc['nt']).__name__, dc['nt'])
print(type(dc['od']).__name__, list(dc['od'].items()))
tc = astuple(cc)
print(tc[1], type(tc[1]).__name__)

# Only fields, not InitVar or ClassVar-like class attributes, appear.
@dataclass
class WithExtras:
    a: int
    hidden: int = field(default=0, repr=False)
    not_init: int = field(init=False, default=5)


print(asdict(WithExtras(1)), astuple(WithExtras(1)))

# replace().
@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 0
    z: int = field(init=False, default=9)


f1 = Frozen(1, 2)
f2 = replace(f1, x=3)
print(f1, f2, f2 is f1, replace(f1) == f1, replace(f1) is f1)
try:
    replace(f1, z=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(f1, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
for func in (asdict, astuple, replace):
    for bad in (Point, 3):
        try:
            func(bad)
        except TypeError as e:
            print(func.__name__, type(e).__name__, e)

# fields() on classes and instances.
print([f.name for f in fields(Point)] == [f.name for f in fields(p)])
print(type(fields(p)).__name__, len(fields(Holder)))
for bad in (3, Plain, Plain()):
    try:
        fields(bad)
    except TypeError as e:
        print(type(e).__name__, e)
