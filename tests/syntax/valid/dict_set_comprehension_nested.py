# nested dict and set comprehensions
a = {k: {v for v in vs} for k, vs in d.items()}
b = {k: {kk: vv for kk, vv in inner.items() if vv} for k, inner in d.items()}
c = {(x, y) for x in range(3) for y in range(3) if x != y}
e = {x: [y for y in range(x)] for x in range(4)}
f = {frozenset({x}) for x in xs}
g = {**{k: v for k, v in pairs}}
h = {k: v for k, v in zip(keys, values) if k if v}
