# classmethod over a descriptor (3.11 still chains @classmethod over @property) calls the
# descriptor's __get__ with the class, as CPython's classmethod.__get__.
class Cp:
    _n = 3
    @classmethod
    @property
    def n(cls): return cls._n * 2
    @classmethod
    def plain(cls): return cls.__name__
print(Cp.n, Cp().n, Cp.plain(), Cp().plain())
class Sub(Cp):
    _n = 5
print(Sub.n, Sub().n)
class Desc:
    def __get__(self, obj, objtype=None): return ('got', obj.__name__ if obj else None, objtype.__name__)
class W:
    d = classmethod(Desc())
print(W.d, W().d)
