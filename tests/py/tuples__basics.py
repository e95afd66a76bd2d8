# Tuples are immutable sequences.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:])
print((), (1,), (1), tuple("ab"), tuple([1, 2]))
print(t + (4,), t * 2)
print(t.count(2), t.index(3), 2 in t)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0))
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
x = 1, 2
print(x, type(x).__name__)
print(tuple(), repr(tuple()))
print(min(t), max(t), sum(t))
