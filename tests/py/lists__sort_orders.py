# Sorting ints, strings and mixtures: the order and the stability CPython gives.
ints = [(i * 7919) % 2003 - 1001 for i in range(200)]
print(sorted(ints)[:8], sorted(ints, reverse=True)[:8])
big = ints[:20] + [10**30, -(10**30), 2**63 - 1, -(2**63)]
print(sorted(big)[:3], sorted(big)[-3:])
print(sorted([True, 2, 0, False, -1, 1]))

words = ["pear", "Apple", "fig", "apple", "éclair", "Zebra", "kiwi", "fig", "ñu", "a", ""]
print(sorted(words))
print(sorted(words, reverse=True))
# Stable by key, also reversed: equal keys keep their original order.
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower))

pairs = [(len(w), w) for w in words]
print(sorted(pairs)[:4])


class Backwards(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


print(sorted([Backwards("a"), Backwards("c"), Backwards("b")]))
items = [3, 1, 2]
items.sort(key=lambda x: -x)
print(items)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([2.5, 1, -3, 0.5]))


# The comparisons a sort makes, in order.
class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"{self.n}<{other.n}", end=" ")
        return self.n < other.n

    def __repr__(self):
        return f"L{self.n}"


print(sorted(Loud(n) for n in [3, 1, 4, 1, 5, 9, 2, 6]))
print(sorted(Loud(n) for n in [9, 7, 5, 3, 4]))
print(sorted((Loud(n) for n in [1, 2, 3, 2]), reverse=True))
