# functools as its documentation uses it: partial and partialmethod, lru_cache's eviction,
# typed keys and statistics, cache, cached_property's errors, singledispatch with ABCs and
# annotations, singledispatchmethod, wraps.
import functools
from functools import partial, partialmethod, lru_cache, cache, cached_property, singledispatch, singledispatchmethod, wraps, reduce
import collections.abc, numbers, decimal

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.func is int, basetwo.args, basetwo.keywords)
p = partial(partial(max, 1), 5, key=abs)
print(p.func is max, p.args, p.keywords, p(-7))
print(repr(partial(pow, 2))[:26])
class MyPartial(partial): pass
print(repr(MyPartial(divmod, 7)).split(" at ")[0].replace("<built-in function divmod>", "F"))
try: partial(5)
except TypeError as e: print(e)

class Cell:
    def __init__(self): self._alive = False
    @property
    def alive(self): return self._alive
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); print(c.alive); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
print(repr(Cell.__dict__["set_alive"]).startswith("functools.partialmethod(<function Cell.set_state"))
print(type(c.set_alive).__name__, Cell.set_alive.__name__ if hasattr(Cell.set_alive, "__name__") else "-")

@lru_cache(maxsize=32)
def get_pep(num):
    return f"pep-{num:04d}"
for n in 8, 290, 308, 320, 8, 218, 320, 279, 289, 320, 9991:
    get_pep(n)
print(get_pep.cache_info(), get_pep.cache_parameters())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
ci = sq.cache_info(); print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci._asdict(), tuple(ci), type(ci).__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache(typed=True)
def kind(x): return type(x).__name__
print(kind(3), kind(3.0), kind.cache_info().currsize)
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(16)], fib.cache_info(), fib.__wrapped__.__name__, fib.__name__)
@lru_cache(maxsize=None)
def kw(a, b=0): return a + b
kw(1, b=2); kw(b=2, a=1); kw(1, 2); print(kw.cache_info())
@lru_cache(maxsize=0)
def nocache(x): return x
nocache(1); nocache(1); print(nocache.cache_info())
try: lru_cache("x")
except TypeError as e: print(e)
@cache
def factorial(n): return n * factorial(n - 1) if n else 1
print(factorial(10), factorial(5), factorial.cache_info())

class DataSet:
    def __init__(self, seq): self._data = tuple(seq)
    @cached_property
    def stdev(self):
        print("computing stdev"); return sum(self._data) / len(self._data)
d = DataSet([1, 2, 3])
print(d.stdev, d.stdev, "stdev" in d.__dict__); del d.stdev; print(d.stdev)
print(type(DataSet.stdev).__name__, DataSet.stdev.attrname)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def p(self): return 1
try: Slotted().p
except TypeError as e: print(e)
cp = cached_property(lambda self: 1)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e: print(type(e).__name__, e if type(e) is TypeError else e.__cause__)

@singledispatch
def fun(arg, verbose=False):
    return f"default {arg!r}"
@fun.register
def _(arg: int, verbose=False): return f"int {arg}"
@fun.register
def _(arg: list, verbose=False): return f"list {len(arg)}"
@fun.register(float)
@fun.register(decimal.Decimal)
def fun_num(arg, verbose=False): return f"number {arg}"
@fun.register(collections.abc.Mapping)
def _(arg): return f"mapping {sorted(arg)}"
@fun.register
def _(arg: complex | bytes): return f"union {arg!r}"
print(fun("hi"), fun(3), fun(True), fun([1, 2]), fun(2.5), fun(decimal.Decimal("1.5")), fun({"b": 1, "a": 2}), fun(1j), fun(b"x"))
print(fun.dispatch(float) is fun_num, fun.dispatch(dict).__name__, fun.registry[object].__name__, len(fun.registry))
print(fun.dispatch(collections.OrderedDict).__name__, fun.dispatch(bool).__name__)
@singledispatch
def seqs(x): return "obj"
@seqs.register
def _(x: collections.abc.Sequence): return "seq"
@seqs.register
def _(x: collections.abc.Sized): return "sized"
print(seqs([1]), seqs({1}), seqs("s"), seqs(3), seqs(range(2)))
try: fun()
except TypeError as e: print(e)
try:
    @fun.register
    def _(arg): pass
except TypeError as e: print(str(e).split(":")[0])
try: fun.register("x", lambda a: a)
except TypeError as e: print(e)

class Negator:
    @singledispatchmethod
    def neg(self, arg): raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int): return -arg
    @neg.register
    def _(self, arg: bool): return not arg
    @singledispatchmethod
    @classmethod
    def cneg(cls, arg): return ("cls", cls.__name__, arg)
    @cneg.register
    @classmethod
    def _(cls, arg: str): return ("str", cls.__name__, arg[::-1])
n = Negator()
print(n.neg(5), n.neg(True), Negator.cneg(1), Negator.cneg("abc"), n.cneg("xy"))
try: n.neg("x")
except NotImplementedError as e: print(e)

def my_decorator(f):
    @wraps(f)
    def wrapper(*args, **kwds):
        """wrapper doc"""
        return f(*args, **kwds)
    return wrapper
@my_decorator
def example(a: int) -> str:
    """Docstring"""
    return str(a)
print(example.__name__, example.__doc__, example.__annotations__, example.__wrapped__.__name__, example(3))
print(reduce(lambda x, y: x + y, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, [], 1))
print(functools.WRAPPER_ASSIGNMENTS, sorted(functools.__all__))
print(partial[int], cached_property[int], partialmethod[str])
import pickle, copy
pp = partial(max, 3, key=abs)
q = pickle.loads(pickle.dumps(pp)); print(q.func is max, q.args, q.keywords, q(-9))
print(copy.copy(pp).args, copy.deepcopy(pp).keywords)

# A function's __annotations__ can be replaced (update_wrapper copies them).
def w(): pass
w.__annotations__ = {'a': int}
print(w.__annotations__, w.__dict__)
def v(a: int): pass
print(v.__annotations__)
v.__annotations__ = {}
print(v.__annotations__)
