# range's count and index (by arithmetic for ints, by comparison otherwise) and its slot
# wrappers; range's and slice's data attributes in the class; object's __dir__,
# __subclasshook__, __class__ and __doc__ reached from any object or class.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
r = range(1, 10, 2)
t(lambda: (r.start, r.stop, r.step, r.count(3), r.index(5), len(r), 3 in r, r[1], r[-1], r[1:3], bool(r), bool(range(0))))
t(lambda: r.index(4))
t(lambda: r.index(4.0))
t(lambda: (r.count(5.0), r.count("x"), range(0, -10, -3).index(-9)))
t(lambda: (r.__len__(), r.__getitem__(0), r.__contains__(9), list(r.__iter__()), list(r.__reversed__()), r.__bool__()))
t(lambda: range.start.__get__(r))
t(lambda: range.count(r, 3))
t(lambda: range.count([], 3))
t(lambda: r.count())
s = slice(1, None, 2)
t(lambda: (s.start, s.stop, s.step, s.indices(10), slice.stop.__get__(s)))
t(lambda: object.__subclasshook__(int))
t(lambda: int.__subclasshook__(int))
t(lambda: sorted(object.__dir__(1))[:3])
t(lambda: sorted((5).__dir__()) == dir(5))
t(lambda: (1).__class__)
t(lambda: (None.__doc__, type(None).__doc__) if False else "skip")
class A: pass
a = A(); a.x = 1
t(lambda: "x" in a.__dir__())
t(lambda: A.__doc__)
import abc, collections.abc
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance(r, collections.abc.Sequence))
