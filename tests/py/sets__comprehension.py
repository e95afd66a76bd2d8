# Set comprehensions and de-duplication.
print({x % 5 for x in range(20)})
print({x * x for x in [-2, -1, 0, 1, 2]})
nums = [5, 3, 5, 1, 3, 9]
print(sorted(set(nums)))
print(len({n for n in nums if n > 2}))
print(set(range(0, 10, 3)))
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
