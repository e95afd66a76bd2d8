# Unpacking lists and star expressions.
a = [1, 2, 3]
x, y, z = a
print(x, y, z)
print(*a)
print([*a, *a])
print([0, *range(3), 9])
first, *others = a
print(first, others)
*_, last = a
print(last)
try:
    p, q = a
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r, s = a
except ValueError as e:
    print("ValueError:", e)
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*a))
for i, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(i, u, v)
