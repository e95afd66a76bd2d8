# A finalizer that looks at its caller's frame (sys._getframe(1), a warning with stacklevel=2,
# the "never awaited" warning) sees the line that dropped the last reference, even when that
# line calls nothing: `del x`, `x = None`, `lst.pop()`, `obj.attr = None`, `d[k] = None`.
import sys
import warnings

warnings.simplefilter("always")

class Probe:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        f = sys._getframe(1)
        print(f"{self.name}: dropped at line {f.f_lineno} in {f.f_code.co_name}")

p = Probe("del at module level")
unrelated = 1
del p

def in_function():
    q = Probe("local rebound")
    count = 2
    q = None
    r = Probe("local deleted")
    count = 3
    del r
    return count

in_function()

items = [Probe("popped")]
items.pop()

class Holder:
    pass

h = Holder()
h.attr = Probe("attribute replaced")
marker = 0
h.attr = None

table = {"k": Probe("item replaced")}
marker = 1
table["k"] = None

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        warnings.warn(f"unclosed {self.name}", ResourceWarning, stacklevel=2)

def use():
    res = Resource("in a function")
    total = 0
    for i in range(3):
        total += i
    res = None
    return total

use()
res = Resource("global")
value = 10
res = None

async def job():
    pass

c = job()
print("created")
del c

# A generator whose `finally` yields is closed as it dies: CPython's "ignored GeneratorExit"
# report carries the line that dropped it.
def stubborn():
    try:
        yield 1
    finally:
        yield 2

g = stubborn()
next(g)
del g
print("end")
