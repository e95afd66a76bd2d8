# List slicing, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [100, 200]
print(a)
del a[::2]
print(a)
a[:] = [1, 2, 3]
print(a)
c = [0, 1, 2, 3, 4, 5]
c[::2] = ["a", "b", "c"]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del c[1:3]
print(c)
