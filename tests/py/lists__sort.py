# Sorting lists in place and with sorted().
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(a), a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted([3.5, -1, 2, 0.0]))
r = [5, 2, 8]
r.reverse()
print(r, list(reversed(r)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
