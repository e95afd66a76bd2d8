# A custom iterator class implementing __iter__ and __next__.
class Squares:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n * self.n

sq = Squares(4)
print(list(sq))
print(list(sq))
for v in Squares(3):
    print(v)
print(sum(Squares(10)), max(Squares(5)), 16 in Squares(5))
a, b = Squares(2)
print(a, b)

class Cycle:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item

c = Cycle("xyz")
print([next(c) for _ in range(7)])
