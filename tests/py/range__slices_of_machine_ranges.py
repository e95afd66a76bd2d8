# Slicing a range whose bounds are machine ints gives a range, computed from the slice
# resolved against the range's length; results that leave 64 bits are still exact.
import sys

ranges = [range(10), range(3, 40, 7), range(20, -5, -3), range(0), range(-8, 8, 2), range(5, 5)]
bounds = [None, 0, 1, 2, -1, -3, 4, 100, -100]
steps = [None, 1, 2, 3, -1, -2, -5]

seen = 0
for r in ranges:
    for a in bounds:
        for b in bounds:
            for c in steps:
                s = r[a:b:c]
                assert list(s) == list(r)[a:b:c], (r, a, b, c)
                seen += 1
print("slices checked:", seen)

r = range(100000)
print(r[:50000], r[50001:], r[::-1], r[::3][5:9], r[-1:-10:-2])
print(range(10, 0, -1)[2:], range(10, 0, -1)[::-2], range(0, 30, 5)[1:-1:2])

# The tree-building idiom of pyperformance's generators benchmark.
def halves(rg, out):
    n = len(rg)
    if n == 0:
        return
    i = n // 2
    out.append(rg[i])
    halves(rg[:i], out)
    halves(rg[i + 1:], out)

out = []
halves(range(1000), out)
print(len(out), sorted(out) == list(range(1000)), out[:6])

# Bounds at the edge of 64 bits.
big = sys.maxsize
edge = range(-big - 1, big, big)
print(edge, edge[1:], edge[::-1], edge[::2], len(edge[::-1]))
print(range(0, big, 2)[::-1], range(-big, big)[::big], range(big - 3, big)[::-1])
print(range(0, -big - 1, -1)[1:][::-1][:2])

# A slice of a range is a new range equal to the one built directly.
print(range(10)[2:8:2] == range(2, 8, 2), range(10)[::-1] == range(9, -1, -1))
print(type(range(5)[1:]).__name__, range(5)[1:] is range(5)[1:])

try:
    range(5)[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[1:"2"]
except TypeError as e:
    print("TypeError:", e)
