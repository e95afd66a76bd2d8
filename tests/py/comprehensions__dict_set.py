# Dict and set comprehensions.
print({x: x ** 3 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({x % 4 for x in range(10)})
print(sorted({c for c in "mississippi"}))
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print({(a, b): a + b for a in range(2) for b in range(2)})
print(len({x // 3 for x in range(30)}))
