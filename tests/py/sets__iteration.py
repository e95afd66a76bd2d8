# Iterating a set reads it live: a change of size mid-iteration raises RuntimeError, as in CPython.

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(s)[:4])
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(3)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
s = {"a", "b"}
for x in s:
    s.discard(x)
    s.add(x)
print(sorted(s))
f = frozenset(range(5))
print(sorted(f), list(iter(set())), type(iter(f)).__name__)
it = iter({1})
print(next(it), next(it, "done"), next(it, "done"))
print(list({x * 2 for x in range(6)} - {0}), sum({1.5, 2.5}), max({3, 9, 4}))
