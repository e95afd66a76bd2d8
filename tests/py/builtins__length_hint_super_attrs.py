# Iterators' __length_hint__ (operator.length_hint) over lists, tuples, bytes, str, ranges,
# dicts, sets and reversed sequences; super objects' __self__, __self_class__, __thisclass__
# and __get__.
import operator
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
it = iter([1, 2, 3]); next(it)
t(lambda: (operator.length_hint(it), it.__length_hint__()))
t(lambda: (iter((1,2)).__length_hint__(), iter(range(5)).__length_hint__(), reversed([1,2]).__length_hint__(), iter("abc").__length_hint__(), iter({1:2}).__length_hint__(), iter({1}).__length_hint__(), iter(b"ab").__length_hint__()))
class A:
    def f(self): return super()
class B(A):
    def f(self): return super()
b = B(); s = b.f()
t(lambda: (s.__self__ is b, s.__self_class__, s.__thisclass__, super(B, B).__self__))
t(lambda: (s.__get__(b) is not None, type(s).__name__))



# More: exhausted iterators, dict iterators part-way, sets, str with non-ASCII text.
d = {"a": 1, "b": 2, "c": 3}; di = iter(d.items()); next(di)
del d["c"]
s = iter({1, 2, 3}); next(s)
u = iter("héllo"); next(u); next(u)
e = iter([]); list(e)
print(operator.length_hint(s), operator.length_hint(u), e.__length_hint__(), operator.length_hint(iter(range(10, 0, -3))), operator.length_hint(reversed(range(4))))
class Base:
    def hello(self): return "base"
class Child(Base):
    def hello(self): return "child+" + super().hello()
    @classmethod
    def make(cls): return super().__self_class__, super().__thisclass__, super().__self__
print(Child().hello(), Child.make())
