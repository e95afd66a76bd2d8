# A class namespace holds the descriptors CPython adds: one member per `__slots__` name, and
# `__dict__` and `__weakref__` where no base gave the instances those; and they act as CPython's.
class C:
    a = 1
    def m(self): pass
print(C.__dict__)
print(vars(C).keys())
class S:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
s = S()
print(S.x, S.y, s.x)
try: s.y
except AttributeError as e: print(e)
try: s.z = 3
except AttributeError as e: print(e)
S.x.__set__(s, 10); print(s.x)
try: S.x.__get__(5)
except TypeError as e: print(e)
print(S.x.__qualname__, S.x.__objclass__, S.x.__doc__)
print(C.__dict__['__dict__'].__qualname__, C.__dict__['__weakref__'].__doc__)
print(int.__dict__['real'].__qualname__, int.__dict__['real'].__objclass__)
print(range.start, slice.stop, complex.real)
import inspect
print([n for n, v in inspect.getmembers(S)][:5])
print(inspect.ismemberdescriptor(S.x), inspect.isgetsetdescriptor(C.__dict__['__dict__']), inspect.isdatadescriptor(S.x))
class T(S):
    x = 5
print(T().x)
import copy
s2 = copy.copy(s); print(s2.x)
import pickle
print(pickle.loads(pickle.dumps(s)).x)
try: C.__weakref__.__set__(C(), 1)
except AttributeError as e: print(e)
print(C().__weakref__)
