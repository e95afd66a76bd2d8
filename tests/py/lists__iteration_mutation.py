# Iterating over lists, with indices and building new lists.
nums = [10, 20, 30]
for n in nums:
    print(n)
for i in range(len(nums)):
    nums[i] += 1
print(nums)
for i, n in enumerate(nums, start=1):
    print(i, n)
evens = []
for n in range(10):
    if n % 2 == 0:
        evens.append(n)
print(evens)
words = ["a", "bb", "ccc"]
lengths = list(map(len, words))
print(lengths)
total = 0
for w in words:
    total += len(w)
print(total)
flat = []
for row in [[1, 2], [3], []]:
    flat.extend(row)
print(flat)
