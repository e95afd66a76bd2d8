# json: CPython's text for dumps (indent, separators, sort_keys, ensure_ascii, default) and
# its JSONDecodeError messages for loads.

import json

data = {"name": "Reap", "tags": ["gc", "weakref"], "n": 3, "ratio": 0.1 + 0.2, "ok": True, "none": None,
        "nested": {"empty": {}, "list": [], "t": (1, 2)}, "uni": "caf\u00e9 \U0001F600 \"q\" \\ \n\t\x01"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e16, -0.0, 10**20]))
for bad in [{(1, 2): 3}, object(), {"s": {1, 2}}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"when": 5}, default=str), json.dumps({1, 2}, default=sorted))
text = json.dumps(data)
back = json.loads(text)
print(back == {**data, "nested": {"empty": {}, "list": [], "t": [1, 2]}}, back["uni"])
print(json.loads(' [1, -2.5e3, "x\\u00e9\\ud83d\\ude00", {"a": null, "b": false}, true, 0, -0.0, 1E2] '))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("3.25", parse_float=str))
print(json.loads(b'{"bytes": [NaN, Infinity, -Infinity]}'))
for doc in ["", "[1, 2", '{"a" 1}', "{'a': 1}", "[1,]", '{"a": 1,}', '"abc', "[1] x", "tru", '"\\q"', "01", '"a\nb"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r}: {e} | {e.msg} {e.pos} {e.lineno}:{e.colno}", isinstance(e, ValueError))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO(buf.getvalue())))
