# min() and max() read their iterable item by item, compare with < (min) or > (max) against the
# best so far, and stop at the first error.
class G:
    def __init__(self, n): self.n = n
    def __gt__(self, o): print("gt", self.n, o.n); return self.n > o.n
    def __lt__(self, o): print("lt", self.n, o.n); return self.n < o.n
    def __repr__(self): return "G%d" % self.n
print(max(G(1), G(3), G(2)))
print(min(G(1), G(3), G(0)))
print(max([G(1), G(1)]), min([], default="d"), max([5], default=1))
print(max([3, 1, 2], key=lambda x: -x), min("bca"))
for bad in ([], ):
    try: max(bad)
    except ValueError as e: print(e)
try: max(1, 2, default=3)
except TypeError as e: print(e)
try: max()
except TypeError as e: print(e)
try: max(5)
except TypeError as e: print(e)
try: min([1, "a"])
except TypeError as e: print(e)
print(max(1, 2, key=None), max(iter([4, 9, 2])))
class OnlyGt:
    def __init__(self, n): self.n = n
    def __gt__(self, o): return self.n > o.n
    def __repr__(self): return "O%d" % self.n
print(max(OnlyGt(1), OnlyGt(5)))
print(min(OnlyGt(1), OnlyGt(5)))
def gen():
    yield G(1)
    print("second")
    yield "x"
    print("never")
    yield G(2)
try:
    max(gen())
except AttributeError as e:
    print(type(e).__name__, e)
