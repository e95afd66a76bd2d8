# obj[key] with a Python __getitem__ runs it as a frame of the evaluation loop: the same
# frames, tracebacks, recursion limit and fallbacks as any other call of it.
import sys
class Grid:
    def __init__(self): self.cells = {(0, 0): "a"}
    def __getitem__(self, pos):
        print("  get", pos, sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
        return self.cells[pos]
g = Grid()
def use(g):
    return g[0, 0] + g[(0, 0)]
print(use(g))
try:
    g[1, 1]
except KeyError as e:
    print("KeyError", e)
class Deep:
    def __getitem__(self, n):
        return self[n + 1] if n < 10**6 else n
try:
    Deep()[0]
except RecursionError as e:
    print("RecursionError", e)
class WithDefault:
    def __getitem__(self, k, extra=5): return k + extra
class Static:
    @staticmethod
    def __getitem__(k): return k
class Sub(Grid):
    pass
print(WithDefault()[1], Sub()[0, 0])
try:
    Static()[3]
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), [x for x in Seq()], 20 in Seq())
class Gen:
    def __getitem__(self, i):
        yield i
print(type(Gen()[1]).__name__)
def boom():
    class B:
        def __getitem__(self, k): return 1 / k
    return B()[0]
boom()
