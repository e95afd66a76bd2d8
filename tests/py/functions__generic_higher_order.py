# Higher-order helpers implemented by hand.
def my_map(f, xs):
    return [f(x) for x in xs]

def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc

def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(my_map(str.upper, ["a", "b"]))
print(my_reduce(lambda a, b: a * b, range(1, 6), 1))
print(fib(80), len(fib.cache))

def pipeline(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run

print(pipeline(abs, str, lambda s: s * 2)(-12))
