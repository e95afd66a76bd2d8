# repr of nested containers.
data = {
    "name": "widget",
    "tags": ["a", "b"],
    "dims": (1.5, 2.0),
    "meta": {"id": 7, "ok": True, "none": None},
    "empty": {},
    5: "int key",
    (1, 2): "tuple key",
}
print(data)
print(repr(data["meta"]))
print(str({"q": "it's", "d": 'say "x"'}))
d = {}
d["self"] = d
print(d)
print([{"a": [1, {"b": ()}]}])
