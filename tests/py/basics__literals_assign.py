# Literals, multiple assignment, unpacking and swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x = y = z = 7
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
p, (q, r) = 1, (2, 3)
print(p, q, r)
a, *mid, c = range(5)
print(a, mid, c)
print(1_000, 0xFF, 0o777, 0b1_0000, 1e3, 1.5e-3, .5, 5.)
print(None, True, False, ...)
print(type(...).__name__)
