# pass, loop variable after the loop, and loops over various iterables.
for i in range(3):
    pass
print("i after loop:", i)
for ch in "":
    pass
class Empty:
    pass
def nothing():
    pass
print(nothing())
for k in {"a": 1, "b": 2}:
    print("key", k)
for a, b in zip([1, 2], "xy"):
    print(a, b)
for x in (10, 20):
    x += 1
    print(x)
total = 0
for n in [1, 2, 3]:
    total += n
else:
    total *= 10
print(total)
