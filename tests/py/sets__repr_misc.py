# repr of small int sets and empty sets.
print(repr(set()), repr(frozenset()))
print({1}, {0, 5}, frozenset({2, 3}))
print(str({10, 20}))
s = {1, 2, 3}
print(sum(s), min(s), max(s), sorted(s, reverse=True))
print(set([1, 2]) == frozenset([1, 2]))
print(list({7: 0, 8: 0}.keys() | {9}))
