# PrettyPrinter's options and checks; saferepr, isreadable, isrecursive.
import io
import pprint

data = [{"name": "alpha", "tags": ["a", "b"], "scores": (1, 2, 3)},
        {"name": "beta", "tags": [], "scores": ()},
        [[1, [2, [3, [4, [5]]]]]]]
for depth in (1, 2, 3, 4):
    print(depth, pprint.pformat(data, depth=depth))
for width in (1, 20, 40):
    print(pprint.pformat(data, width=width))
pprint.pprint(data, indent=3, width=30)
pprint.pprint(data, indent=0, width=30)

out = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=40, stream=out, sort_dicts=False)
printer.pprint({"z": 1, "a": [10 ** 10] * 5})
print(out.getvalue(), end="")
print(printer.pformat({"b": 1, "a": 2}))
print(printer.isreadable(data), printer.isrecursive(data))
print(printer.format([1, {2: 3}], {}, 0, 0))

print(pprint.saferepr(data))
print(pprint.saferepr({"b": 1, "a": (2,)}), pprint.saferepr(1 + 2j), pprint.saferepr("s"))
print(pprint.isreadable(data), pprint.isreadable(object()), pprint.isreadable([len]))
print(pprint.isrecursive(data))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pprint.pprint([Point(i, i * i) for i in range(12)])
print(pprint.isreadable(Point(1, 2)))


pprint.pprint({1: "int key", 2: "another"})
pprint.pprint({(1, 2): "tuple key", (0, 5): "x", (1, 1): "y"}, width=20)

for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"depth": -2}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    pprint.pformat([], indent="x")
except ValueError as e:
    print(type(e).__name__, e)
print(pprint.__all__)
