# Arbitrary precision integers.
x = 2 ** 100
print(x)
print(x + 1, x - 1)
print(x * x)
print(x // 3, x % 3)
print(-x // 7, -x % 7)
print(3 ** 50)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(x == 1267650600228229401496703205376)
print(x > 2 ** 99, x < 2 ** 101)
print(x >> 90, 1 << 70)
print(-(2 ** 64), abs(-(2 ** 64)))
print(int("123456789012345678901234567890") * 2)
print(2 ** 64 - 1 == 18446744073709551615)
print(divmod(10 ** 30, 7))
