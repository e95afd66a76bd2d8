# A proxy forwards operators, len, iteration, comparison and str; it is unhashable.
import weakref


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __add__(self, other):
        return Seq(self.items + [other])

    def __eq__(self, other):
        return self.items == other

    __hash__ = None

    def __str__(self):
        return "Seq%r" % (self.items,)

    def __getitem__(self, i):
        return self.items[i]


s = Seq([1, 2, 3])
p = weakref.proxy(s)
print("len:", len(p))
print("iter:", list(p))
print("add:", str(p + 4))
print("eq:", p == [1, 2, 3])
print("index:", p[1])
print("str:", str(p))
print("bool:", bool(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
