# enumerate and zip.
names = ["ann", "bob", "cy"]
ages = [30, 25]
print(list(enumerate(names)))
print(list(enumerate(names, start=10)))
print(list(zip(names, ages)))
print(list(zip(names, ages, "xyz")))
print(list(zip()))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip(names, ages)))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate("ab")
print(next(e), type(e).__name__)
