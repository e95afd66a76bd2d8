# Calls of builtin methods and functions take a quick path when nothing needs checking; these
# pin what the general path still does: subclass payloads, unbound methods, wrong receivers,
# argument errors in CPython's order, frames seen from inside, tracebacks through them.
import sys, math
class L(list): pass
l = L([3, 1, 2]); l.append(0); print(l, type(l).__name__)
app = l.append; app(9); print(l)
print(list.append(l, 5), l)
try: list.append(5, 1)
except TypeError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: [].pop(10**30)
except (IndexError, OverflowError) as e: print(type(e).__name__, e)
try: [1].pop("x")
except TypeError as e: print(e)
class I:
    def __index__(self): return 0
print([5, 6].pop(I()))
def where():
    f = sys._getframe(1)
    return f.f_lineno
def g():
    x = where()
    return x, sys._getframe().f_lineno
print(g())
print(math.sqrt(4.0), math.floor(2.5))
try: math.sqrt("x")
except TypeError as e: print(e)
d = {}
try: d.get()
except TypeError as e: print(e)
try: "".join([1])
except TypeError as e: print(e)
def bad():
    return {}.fromkeys(5)
try: bad()
except TypeError as e: print(e)
s = "a,b"
print(s.split(","), str.upper("x"), "x".__add__("y"))
import traceback
def tb():
    [].index(3)
try: tb()
except ValueError:
    traceback.print_exc(file=sys.stdout)
