# The metaclass of a class is the most derived of the one given and its bases' (type(name,
# bases, ns) too, handing over to that metaclass's __new__ and __init__); metaclasses that
# are not subclasses of one another are a conflict, as in CPython.
import abc
class M1(type): pass
class M1s(M1): pass
class A(metaclass=M1): pass
class S(metaclass=M1s): pass
class D(A, S): pass
class E(A, metaclass=type): pass
print(type(D).__name__, type(E).__name__, type(type('X', (A,), {})).__name__)
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
Dyn = type('Dyn', (Base,), {})
print(type(Dyn).__name__, sorted(Dyn.__abstractmethods__))
try: Dyn()
except TypeError as e: print(e)
class M2(type): pass
class B(metaclass=M2): pass
for make in (lambda: type('C', (A, B), {}), lambda: M2('C', (A,), {})):
    try: make()
    except TypeError as e: print(e)
try:
    class C(A, B): pass
except TypeError as e: print(e)
try: type('Bad', (1,), {})
except TypeError as e: print(e)
try: type('Bad', [A], {})
except TypeError as e: print(e)
def meta(name, bases, ns): return 42
class F(A, metaclass=meta): pass
print(F)
class Mixin: pass
class Combined(Mixin, Base):
    def run(self): return 'ran'
print(type(Combined).__name__, Combined().run())
class Reg(type):
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, sorted(ns))
        super().__init__(name, bases, ns)
class R(metaclass=Reg): pass
R2 = type('R2', (R,), {'x': 1})
print(type(R2).__name__, R2.x)
