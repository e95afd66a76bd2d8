# Tuple packing and unpacking.
point = (3, 4)
x, y = point
print(x, y)
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "xyz"
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)

def minmax(seq):
    return min(seq), max(seq)

lo, hi = minmax([5, 3, 9])
print(lo, hi)
result = minmax([1])
print(result)
for name, score in [("a", 1), ("b", 2)]:
    print(name, score)
