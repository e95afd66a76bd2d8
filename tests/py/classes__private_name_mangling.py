# Private names (__x) in a class body and the functions in it are mangled to _Class__x:
# variables, attributes, parameters, imports, globals, nested classes and __slots__ entries,
# but not keyword arguments of calls, dunders, or names in a class named only underscores.
class C:
    __k = 1
    def f(self, __p=2, **kw):
        return __p, kw
    def g(self):
        return self.f(__p=5)
    def h(self):
        __local = 3
        global __g
        __g = 9
        return __local, C.__k, self.__k, locals()
    class __Inner:
        def m(self): return self.__class__.__name__, type(self).__qualname__
    def mk(self): return self.__Inner().m()
    def __priv(self): return 'priv'
    def callpriv(self): return self.__priv(), self.__priv.__name__, self.__priv.__qualname__
    def deleter(self):
        self.__z = 1
        del self.__z
        return hasattr(self, '_C__z')
    def fromimp(self):
        import os.path as __osp
        from os import sep as __sep
        return __osp.__name__, __sep, sorted(k for k in locals())
    def lam(self):
        return (lambda __q: __q + 1)(1), [__i for __i in range(2)]
    def attr(self):
        return getattr(self, '__k', 'nope'), getattr(self, '_C__k')
    def __dunder__(self): return 'dunder'
print(C().g())
print(C().h(), _C__g)
print(C().mk())
print(C().callpriv())
print(C().deleter())
print(C().fromimp())
print(C().lam(), C().attr(), C().__dunder__())
print(sorted(k for k in C.__dict__ if 'C' in k or k.startswith('__k')))
print(C.f.__code__.co_varnames)
class ___:
    __x = 1
print(sorted(k for k in ___.__dict__ if 'x' in k))
class _Priv:
    __y = 2
    def get(self): return self.__y
print(_Priv().get(), _Priv._Priv__y)
class S:
    __slots__ = ('__a', 'b')
    def __init__(self): self.__a = 1
print(sorted(S.__dict__)[:4], S()._S__a)
