# functools: partial, reduce, wraps, lru_cache, cmp_to_key.
import functools
from functools import partial, reduce, wraps

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square.func.__name__, square.keywords)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a + b, [], "init"), reduce(max, [3, 9, 2]))

def logged(func):
    @wraps(func)
    def wrapper(*args):
        """wrapper doc"""
        return func(*args)
    return wrapper

@logged
def documented(x):
    """Original docstring."""
    return x

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info().hits > 0)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
