# Operators on literals and tuples of literals are computed once by the compiler, as CPython's
# AST optimizer computes them: scripts see it through `is`, the collector and the values.
import gc


def pair():
    return (1, 2)


def same_pair():
    return (1, 2)


print(pair() is pair(), pair() is same_pair())
a = ("x", (1.5, -2), None, ...)
b = ("x", (1.5, -2), None, ...)
print(a is b, a[1] is b[1])
x, y, z = (1, 2.0), (0.0,), (1,)
print(x is pair(), y is not (-0.0,), z is not (True,))
print(gc.is_tracked((1, 2)))
gc.collect()
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)))

print(-1, +3, ~5, -(-7), -0.0, +2.5)
print(2 ** 10, 10 ** 18, 2 ** 64, 2 ** -1, (-2) ** 3)
print(7 // 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, 1 << 62, 1 << 64, -8 >> 1, 5 >> 100)
print(1 / 4, 3 / 2.0, 2.5 * 2, 1 + 0.1 + 0.2, 10 - 0.5, 2 ** 0.5, 7.5 // 2, 7.5 % 2)
print(6 & 3, 6 | 3, 6 ^ 3, 9007199254740993 / 1, 2 ** 53 + 1.0)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "x" + "y" + "z")
abc, ab = "ababab", "ab"
print(("ab" * 3) is abc, "a" + "b" is ab, "x" * 5000 == "x" * 5000)
print(len("-" * 4097), ("a", "b") + ("c",), (1,) * 3)

for bad in ("1 / 0", "1 // 0", "1 % 0", "1 << -1", "2.0 / 0", "-1 ** 0.5 + 'a'", "'a' * 'b'"):
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)


def swap(x, y):
    x, y = y, x
    return x, y


print(swap(1, 2))
items = [3, 1, 2]
items[0], items[2] = items[2], items[0]
print(items)
p, q, r = "p", "q", "r"
p, q, r = r, p, q
print(p, q, r)
[s, t] = 1, 2
print(s, t)
i = 0
L = [10, 20, 30]
i, L[i] = 1, 99
print(i, L)


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


m, n = Loud("m"), Loud("n")
m, n = Loud("m2"), Loud("n2")
print("swapped")
m, n = n, m
print(m.name, n.name)
del m, n
print("end")
