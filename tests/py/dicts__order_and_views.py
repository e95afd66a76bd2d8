# Dict views reflect changes; order is insertion order.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d)
keys = d.keys()
values = d.values()
items = d.items()
d["new"] = 0
print(keys)
print(values)
print(items)
print(len(keys), "new" in keys, ("new", 0) in items)
del d["zeta"]
d["zeta"] = 99
print(list(d))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print(list(reversed(d)))
print(keys & {"alpha", "nope"}, keys - {"alpha", "mid", "beta", "new"})
