# An object with only __getitem__ iterates by index, one item per step, until IndexError
# (or StopIteration): a loop that breaks early reads no further, as CPython.
class S:
    def __getitem__(self, i):
        print("get", i)
        if i >= 3: raise IndexError
        return i * 10
for x in S():
    print("x", x)
    if x == 10: break
it = iter(S())
print(type(it).__name__, next(it), list(it), list(it))
class Sized(S):
    def __len__(self): return 5
it = iter(Sized()); next(it)
print(it.__length_hint__(), iter(S()).__length_hint__())
print(list(it), it.__length_hint__())
class Stop:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(Stop()), 1 in Stop(), 5 in S())
class Bad:
    def __getitem__(self, i):
        raise KeyError(i)
try: list(Bad())
except KeyError as e: print("KeyError", e)
class Fib:
    def __getitem__(self, n):
        if n > 10: raise IndexError(n)
        a, b = 0, 1
        for _ in range(n): a, b = b, a + b
        return a
print(list(Fib()), sum(Fib()), max(Fib()), sorted(Fib(), reverse=True)[:3])
a, b, *c = Fib()
print(a, b, c)
import itertools
print(list(itertools.islice(Fib(), 4)), list(zip(Fib(), "abc")))
