# Dict views as set-like objects: set operators with a view on either side (a new set), set
# comparisons, isdisjoint, mapping, reversed(), and the slot wrappers called by name.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
t(lambda: (k & {"a", "z"}, {"a", "z"} & k, ["b"] | k == {"a", "b", "c"}, k - ["a"], ["a", "q"] - k, k ^ ("a", "z")))
t(lambda: (i & {("a", 1)}, {("b", 2), ("x", 0)} - i, i | [("z", 9)] == set(i) | {("z", 9)}))
t(lambda: (k.isdisjoint(["x"]), k.isdisjoint("ab"), i.isdisjoint([("a", 1)]), k.mapping, v.mapping["b"], type(i.mapping).__name__))
t(lambda: (k.__len__(), k.__contains__("a"), list(k.__iter__()), list(k.__reversed__()), list(reversed(v)), list(reversed(i))))
t(lambda: (k.__and__({"a"}), k.__rsub__({"a", "q"}), k.__or__(5)))
t(lambda: k & 5)
t(lambda: v & {1})
t(lambda: (k == {"a", "b", "c"}, k != {"a"}, k < {"a", "b", "c", "d"}, k <= set("abc"), i == {("a", 1), ("b", 2), ("c", 3)}, v == v))
t(lambda: (repr(k), repr(v), repr(i), len(i), ("a", 1) in i, ("a", 2) in i, 3 in v))
t(lambda: k.mapping.__class__.__name__)
