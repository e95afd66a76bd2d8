def g():
    yield 1; yield 2; raise ValueError("boom")
for i, x in enumerate([10, 20, 30], 5): print(i, x)
for a, b in zip("abc", [1, 2]): print(a, b)
for a, b in zip(range(3), iter([7, 8, 9, 10])): print(a, b)
try:
    for i, x in enumerate(g()): print(i, x)
except ValueError as e: print("VE", e)
e = enumerate("xy")
for i, x in e: print(i, x, list(e))
for i, (a, b) in enumerate(zip("pq", "rs")): print(i, a, b)
for i, x in enumerate([1], 2**63 - 1): print(i, x)
for i, x in enumerate([1, 2], 2**63 - 2): print(i, x)
