# An instance attribute with the name of a plain class attribute (a dataclass field's
# default, a counter's start) hides it; reading and writing it in a loop is cached at the
# site, and must follow deletion, class changes and descriptors that come later.
from dataclasses import dataclass


class Counter:
    count = 0
    label = "counter"

    def bump(self):
        self.count = self.count + 1
        return self.count


c = Counter()
print([c.bump() for _ in range(4)], Counter.count, c.count)
del c.count
print(c.count, [c.bump() for _ in range(2)])
Counter.count = 100
d = Counter()
print(d.count, c.count, [d.bump() for _ in range(2)])


def read_label(o):
    return o.label


objs = [Counter() for _ in range(3)]
objs[1].label = "own"
print([read_label(o) for o in objs], [read_label(o) for o in objs])
Counter.label = property(lambda self: "computed", lambda self, v: print("set", v))
objs[1].label = "again"
print([read_label(o) for o in objs])


@dataclass
class Item:
    name: str
    qty: int = 1
    tags: tuple = ()


items = [Item("a"), Item("b", 5), Item("c", tags=("x",))]
for it in items:
    it.qty *= 2
print(items, Item.qty, [it.qty for it in items])
del items[0].qty
print(items[0].qty, items[0])


class Slow:
    limit = 3

    def __init__(self, limit=None):
        if limit is not None:
            self.limit = limit


print([Slow(i if i % 2 else None).limit for i in range(6)])
