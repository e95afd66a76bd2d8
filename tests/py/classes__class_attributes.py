# Class attributes are shared; instance attributes shadow them.
class Counter:
    count = 0
    kind = "counter"

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a = Counter()
b = Counter()
print(Counter.count, a.count, b.id)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
x = Bag()
y = Bag()
x.add(1)
y.add(2)
print(Bag.items, x.items is y.items)
Counter.kind = "changed"
print(b.kind)
print("count" in Counter.__dict__, "id" in a.__dict__)
