# Creating, reading and writing dicts; insertion order is preserved.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d))
print(d["a"], d.get("z"), d.get("z", 0))
d["b"] = 20
print(d)
del d["a"]
print(d)
d["a"] = 1
print(list(d), list(d.keys()), list(d.values()))
print("a" in d, "zz" in d, 20 in d)
print(dict(x=1, y=2), dict([("p", 1), ("q", 2)]), dict())
print({}, {1: {2: {3: []}}})
