# isinstance() against plain classes, ABCs with registered types, tuples, a __class__ property,
# builtin values, inside conditions, errors, and isinstance shadowed.
import abc, collections.abc
class A: pass
class B(A): pass
class P:
    @property
    def __class__(self): return A
class M(abc.ABC): pass
M.register(int)
vals = [1, "s", A(), B(), P(), None, [1], 2.5, True]
for v in vals:
    print(type(v).__name__, isinstance(v, A), isinstance(v, B), isinstance(v, int), isinstance(v, (str, A)), isinstance(v, M), isinstance(v, collections.abc.Sized), isinstance(v, object))
print([isinstance(x, int) for x in range(3)])
def f(x):
    if isinstance(x, str):
        return "str"
    elif not isinstance(x, int):
        return "other"
    return "int"
print(f("a"), f(1), f(None))
try: isinstance(1, 2)
except TypeError as e: print(e)
isinstance = lambda a, b: "shadow"
print(isinstance(1, int))
