# reprlib.recursive_repr: a repr that refers back to its own object.
from reprlib import recursive_repr


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


a = Node("a")
b = Node("b")
a.children.append(b)
b.children.append(a)
print(repr(a))
print(repr(b))
a.children.append(a)
print(a)


class Ring(list):
    @recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Ring" + super().__repr__()


r = Ring([1, 2])
r.append(r)
print(repr(r), str([r]))


class Doc:
    @recursive_repr()
    def __repr__(self) -> str:
        "Documented repr."
        return "Doc()"


print(Doc.__repr__.__name__, Doc.__repr__.__qualname__, Doc.__repr__.__doc__,
      Doc.__repr__.__module__)
print(repr(Doc()))


class Fails:
    @recursive_repr()
    def __repr__(self):
        raise RuntimeError("boom")


f = Fails()
for _ in range(2):
    try:
        repr(f)
    except RuntimeError as e:
        print(type(e).__name__, e)
