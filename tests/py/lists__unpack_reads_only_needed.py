# Unpacking reads no more items than its targets need (one more, to tell there are too many),
# releases what it read last to first when it fails, and names a non-iterable as CPython does.
def gen():
    for i in range(5):
        print("yield", i)
        yield i
try:
    a, b = gen()
except ValueError as e:
    print(e)
try:
    a, *b, c = iter([1])
except ValueError as e:
    print(e)
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
def dgen(n):
    for i in range(n):
        yield D("u%d" % i)
for n in (1, 3, 4):
    try:
        a, b, c = dgen(n)
        print("ok", a.name, b.name, c.name)
        del a, b, c
    except ValueError as e:
        print(e)
for n in (1, 2, 5):
    try:
        a, *b, c = dgen(n)
        print("ok", a.name, [x.name for x in b], c.name)
        del a, b, c
    except ValueError as e:
        print(e)
try:
    a, *b, c, d = dgen(2)
except ValueError as e:
    print(e)
for bad in (5, None, 3.0):
    try:
        a, b = bad
    except TypeError as e:
        print(e)
class G:
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
a, b = G(); print(a, b)
class BadIter:
    def __iter__(self): raise TypeError("custom")
try:
    a, b = BadIter()
except TypeError as e:
    print(e)
a, (b, c), *d = 1, [2, 3], 4, 5
print(a, b, c, d)
for x, y in [(1, 2), [3, 4]]:
    print(x, y)
print("end")
