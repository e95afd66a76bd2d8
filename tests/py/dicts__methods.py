# get, setdefault, pop, popitem, update, items, copy, fromkeys.
d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b", 2), d)
print(d.pop("a"), d.pop("missing", "dflt"), d)
d.update({"c": 3, "b": 22})
d.update(e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
for k, v in d.items():
    print(k, v)
c = d.copy()
c["new"] = 0
print(d, c)
print(dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
d.clear()
print(d)
try:
    d.pop("nothing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
