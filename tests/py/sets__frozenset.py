# frozenset is immutable and hashable.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f)
print(f | {4}, type(f | {4}).__name__)
print({4} | f, type({4} | f).__name__)
d = {f: "value"}
print(d[frozenset({1, 2, 3})])
print(frozenset() == set(), frozenset([1]) == {1})
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
nested = {frozenset({1}), frozenset({2})}
print(sorted(sorted(x) for x in nested))
