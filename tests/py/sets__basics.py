# Set operations on ints (int sets print in a stable order).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
print(a.symmetric_difference(b))
print(3 in a, 9 in a, len(a))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}))
print(set(), {1, 1, 1}, set([3, 2, 1, 2]))
print(a == {4, 3, 2, 1})
