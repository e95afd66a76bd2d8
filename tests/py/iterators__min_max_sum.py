# min, max, sum, any, all.
nums = [4, -2, 7, 0]
print(min(nums), max(nums), min(3, 1, 2), max("a", "b"))
print(min(nums, key=abs), max(nums, key=lambda x: -x))
print(min([], default="empty"), max([], default=None))
words = ["kiwi", "fig", "banana", "pear"]
print(min(words, key=len), max(words, key=len))
print(max([1, 3, 3, 2], key=lambda x: x % 3))
print(sum(nums), sum(nums, 100), sum([0.1] * 10), sum([[1], [2]], []))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]))
print(any(x > 5 for x in nums), all(isinstance(x, int) for x in nums))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
