# json round trip of a ~10 MB document: dumps, then loads, then dumps again with indentation.
import json

doc = {
    "items": [
        {"id": i, "name": f"item-{i}", "price": i * 0.25, "tags": ["a", "b", "ü"][: i % 4],
         "active": i % 2 == 0, "meta": None if i % 5 else {"x": i, "y": [1.5, 2, "z"]}}
        for i in range(80_000)
    ]
}
s = json.dumps(doc)
back = json.loads(s)
t = json.dumps(back, indent=2, sort_keys=True)
print(len(s), len(t), back == doc)
