# Key equality: 1, 1.0 and True are the same key.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[None] = "none"
d[(1, "a")] = "tuple"
d[frozenset([1])] = "fs"
print(d[None], d[(1, "a")], d[frozenset({1})])
try:
    d[[1]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", repr(e))
print(len(d))
print({0: "a", 0.0: "b", False: "c"})
