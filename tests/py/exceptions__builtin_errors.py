# Messages of common built-in errors.
cases = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: {"a": 1}["b"],
    lambda: int("x1"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: None.foo,
    lambda: undefined_name,
    lambda: len(5),
    lambda: [].pop(),
    lambda: "abc".index("z"),
    lambda: (1, 2).x,
    lambda: float("abc"),
    lambda: chr(-1),
    lambda: int(None),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {}.fromkeys(1),
    lambda: "x" * "y",
    lambda: [1, 2, 3][1:2:0],
    lambda: abs("s"),
    lambda: 2 ** 10000 * 1.0,
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
