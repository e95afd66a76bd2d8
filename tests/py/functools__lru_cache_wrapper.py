# functools.lru_cache as its documentation uses it: memoised recursion, bounded caches evicting
# the least recently used, typed keys, keyword order, statistics, methods, pickling, and what
# the wrapper is.
import copy, functools, gc, pickle, weakref

@functools.lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(16)])
print(fib.cache_info())

@functools.lru_cache(maxsize=3)
def square(x):
    print('computing', x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    square(x)
print(square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info())

@functools.lru_cache(typed=True)
def ident(x):
    print('call', repr(x))
    return x
ident(3); ident(3.0); ident(3); ident(True)
print(ident.cache_info())

@functools.lru_cache
def kw(a, b=0, *, c=0):
    print('kw', a, b, c)
    return a + b + c
kw(1, b=2); kw(1, b=2); kw(b=2, a=1); kw(1, 2); kw(1, c=3)
print(kw.cache_info())

@functools.cache
def never(n):
    print('never', n)
    raise ValueError(n)
for _ in range(2):
    try:
        never(1)
    except ValueError as e:
        print('raised', e)
print(never.cache_info())

zero = functools.lru_cache(maxsize=0)(lambda x: x + 1)
print(zero(1), zero(1), zero.cache_info())
neg = functools.lru_cache(maxsize=-5)(lambda x: x)
print(neg(1), neg.cache_info())

try:
    fib([1])
except TypeError as e:
    print('TypeError:', e)
try:
    functools.lru_cache(maxsize='x')
except TypeError as e:
    print('TypeError:', e)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.lru_cache(maxsize=8)
    def area(self, scale=1):
        print('area of', self.r)
        return 3 * self.r * self.r * scale
c = Circle(2)
print(c.area(), c.area(), Circle.area(c), c.area(scale=2))
print(Circle.area.cache_info())

print(fib.__name__, fib.__qualname__, fib.__wrapped__.__name__, fib.__module__)
print(type(fib).__name__, type(fib).__module__, callable(fib))
print(repr(fib).startswith('<functools._lru_cache_wrapper object at 0x'))
print(pickle.loads(pickle.dumps(fib)) is fib, copy.copy(fib) is fib, copy.deepcopy(fib) is fib)
fib.note = 'kept'
print(fib.__dict__['note'], weakref.ref(fib)() is fib)
print(functools.lru_cache(maxsize=2, typed=False)(len).cache_parameters())

class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('released', self.n)
@functools.lru_cache(maxsize=1)
def make(n):
    return Big(n)
make(1); make(2)
print('after eviction')
make.cache_clear()
print('after clear')
gc.collect()
print('end')
