# The dataclasses documentation's first examples: generated __init__, __repr__ and __eq__.
from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = InventoryItem('widget', 3.0, 10)
print(item)
print(item.total_cost())
print(item == InventoryItem('widget', 3.0, 10), item == InventoryItem('widget', 3.0))
print(item != InventoryItem('gadget', 3.0, 10))
print(InventoryItem('bolt', unit_price=0.5))
print(InventoryItem.__doc__)
print(InventoryItem.__init__.__qualname__, InventoryItem.__repr__.__qualname__,
      InventoryItem.__eq__.__qualname__)
print(InventoryItem.__init__.__annotations__)
print(InventoryItem.__match_args__)
print(InventoryItem.__hash__)  # eq=True without frozen: unhashable
try:
    hash(item)
except TypeError as e:
    print(type(e).__name__, e)
print(is_dataclass(InventoryItem), is_dataclass(item), is_dataclass(3), is_dataclass(int))


# A generated docstring when the class has none.
@dataclass
class Point:
    x: int
    y: int = 0


print(Point.__doc__)
print(Point(1), Point(1, 2), Point(y=5, x=4))
print(Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2), Point(1, 2) == Point(2, 1))


# Comparison only with the same class, not a subclass.
class Point3(Point):
    pass


print(Point(1, 2) == Point3(1, 2), Point3(1, 2) == Point3(1, 2))
print(Point3(7))  # repr uses the class's own (qual)name


# default_factory and field options.
@dataclass
class Options:
    tags: list = field(default_factory=list)
    extra: dict = field(default_factory=dict, repr=False)
    hidden: int = field(default=7, compare=False)
    computed: int = field(init=False, default=100)
    counter: int = field(init=False, default_factory=lambda: 42)


o1 = Options()
o2 = Options()
o1.tags.append('a')
print(o1, o2, o1.tags is o2.tags)
print(Options(['x'], {'k': 1}, 8) == Options(['x'], {'k': 1}, 9))
print(Options(['x']).computed, Options().counter)
print(Options.__doc__)
print(Options.hidden, Options.computed)
print('tags' in Options.__dict__, 'counter' in Options.__dict__)


# Fields as described by fields().
for f in fields(Options):
    print(f.name, f.type.__name__, f.init, f.repr, f.compare, f.hash, f.kw_only,
          f.default_factory is not f.default)
f = fields(InventoryItem)[2]
print(f.name, f.default, f.metadata, len(f.metadata))


@dataclass
class WithMeta:
    a: int = field(default=1, metadata={'unit': 'cm'})


m = fields(WithMeta)[0].metadata
print(m['unit'], m, list(m), 'unit' in m, m.get('x', 'none'))


# Nested classes: qualname in the repr.
class Outer:
    @dataclass
    class Inner:
        v: int


print(Outer.Inner(3), Outer.Inner.__init__.__qualname__)


# A dataclass holding itself prints "...".
@dataclass
class Node:
    value: int
    next: object = None


n = Node(1)
n.next = n
print(n)
pair = Node(1, Node(2))
pair.next.next = pair
print(pair)


# match statements use __match_args__.
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x at {x}'
        case Point(x=x, y=y):
            return f'at {x},{y}'


print(where(Point(0, 0)), where(Point(3)), where(Point(1, 2)))


# An empty dataclass, and one with a field named self.
@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


@dataclass
class Selfish:
    self: int


print(Selfish(self=3), Selfish(4))


# Methods written in the class body are kept.
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


# Arguments to the decorator.
@dataclass(init=False, repr=False, eq=False)
class Bare:
    a: int = 1


b = Bare()
print(b.a, repr(b).startswith('<__main__.Bare object at'), b == Bare(), hash(b) == hash(b))
print(Bare.__doc__)
