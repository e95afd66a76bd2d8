# The descriptor protocol called by hand: function.__get__ binds, property.__get__/__set__/
# __delete__ (with CPython 3.11's messages naming the property), staticmethod/classmethod
# __get__ and __wrapped__, __isabstractmethod__ through the wrappers, None.__bool__.
def t(f):
    try: print(repr(f()) if not callable(f()) or isinstance(f(), type) else type(f()).__name__)
    except Exception as e: print(type(e).__name__, e)
import abc
class C:
    def m(self, x=1): return ("m", x)
    @property
    def p(self): return 42
    @p.setter
    def p(self, v): self._p = v
    ro = property(lambda self: 7)
    @staticmethod
    def s(): return "s"
    @classmethod
    def k(cls): return cls.__name__
c = C()
f = C.__dict__["m"]
print(f.__get__(c)(), f.__get__(c, C)(5), f.__get__(None, C) is f)
p = C.__dict__["p"]
print(p.__get__(c), p.__get__(None, C) is p, p.__set__(c, 9), c._p)
try: C.__dict__["ro"].__set__(c, 1)
except AttributeError as e: print(e)
try: C.__dict__["ro"].__delete__(c)
except AttributeError as e: print(e)
try: property().__get__(c)
except AttributeError as e: print(e)
sm, cm = C.__dict__["s"], C.__dict__["k"]
print(sm.__get__(c)(), cm.__get__(c)(), cm.__get__(None, C)(), sm.__wrapped__ is sm.__func__, cm.__wrapped__.__name__)
class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @staticmethod
    @abc.abstractmethod
    def make(): ...
print(Base.__dict__["area"].__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__, C.__dict__["p"].__isabstractmethod__, sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
print(None.__bool__(), bool(None))
class Wrap:
    def __init__(self, inner): self.inner = inner
    def __get__(self, obj, owner=None): return ("wrapped", self.inner.__get__(obj, owner) if obj is not None else self)
class D:
    @Wrap
    def meth(self): return 1
    prop = Wrap(property(lambda self: "pv"))
d = D()
print(d.meth[0], d.meth[1](), d.prop)
import types
print(types.MethodType(f, c)(), hasattr(f, "__get__"), hasattr(len, "__get__"))
import functools
class E:
    @functools.cached_property
    def cp(self): return [1]

e = E()
print(e.cp)
