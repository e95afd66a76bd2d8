# Lambda expressions.
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print((lambda: "no args")())
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](3, 4), ops["*"](3, 4))
