# str() and repr() of built-in values.
values = [0, -1, 2.0, 1e-10, 1e300, "s", "it's", b"b", None, True,
          [1, [2]], (1,), {"k": (1, 2)}, {1, 2}, frozenset({3}), range(1, 5, 2),
          3 + 0j, slice(1, 2), slice(None, 5, None), Ellipsis, NotImplemented]
for v in values:
    print(str(v), "|", repr(v))
print(repr(str), repr(int), repr(len), repr(type(None)))
