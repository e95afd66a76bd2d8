# Integer arithmetic on small ints.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(-a, +a, abs(-a))
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 10, 2 ** 0, 0 ** 0)
print(7 - 10, 10 - 7)
print(1_000_000 + 1)
print(0x1f, 0o17, 0b1011)
print(10 / 2, type(10 / 2).__name__)
print(type(10 // 2).__name__)
