# range with start, stop and step.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)))
print(list(range(-5, 5, 2)))
r = range(0, 100, 7)
print(r, len(r), r[3], r[-1], 14 in r, 15 in r)
print(r[2:5], list(r[2:5]))
print(range(10)[::-1], list(range(3))[::-1])
print(sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(range(3) == range(0, 3), reversed(range(3)).__class__.__name__)
