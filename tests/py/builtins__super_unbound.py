# super(C) alone is unbound: it finds nothing until __get__ (or reading it from an instance)
# binds it; super's repr and its argument checks as CPython's.
class C:
    def m(self): return 1
    @classmethod
    def cm(cls): return 'C.cm'
s = super(C); print(repr(s)); print(s.__thisclass__, s.__self__, s.__self_class__)
try: s.m
except AttributeError as e: print(e)
b = s.__get__(C()); print(repr(b), b.__self_class__)
print(repr(super(C, C())))
try: super(C, 5)
except TypeError as e: print(e)
try: super(5)
except TypeError as e: print(e)
class D(C):
    def m(self): return 2 + self.__sup.m()
    @classmethod
    def cm(cls): return 'D.cm+' + super().cm() + repr(super())
D._D__sup = super(D)
print(D().m(), D.cm())
print(super(D).__get__(None, D) is not None)
print(repr(super(D, D)), super(D, D).cm())
