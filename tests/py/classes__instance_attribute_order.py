# Instance attributes: __dict__ keeps the order they were set in, whatever the class's other
# instances did, through deletions, many names, dynamic names and subclasses.


class Point:
    pass


a = Point()
a.x = 1
a.y = 2
b = Point()
b.y = 20
b.x = 10
c = Point()
c.y = 200
print(vars(a), vars(b), vars(c))

# Deleting and setting again moves the name to the end.
d = Point()
d.x, d.y, d.z = 1, 2, 3
del d.x
d.x = 4
print(d.__dict__, d.x, d.y, d.z)
try:
    del d.w
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Point().x)
except AttributeError as e:
    print("AttributeError:", e)

# Skipping a name the class knows, then setting it.
e = Point()
e.z = 3
e.x = 1
print(vars(e))

# More names than a class shares.
many = Point()
for i in range(40):
    setattr(many, "attr%d" % i, i)
print(len(vars(many)), list(vars(many))[:3], list(vars(many))[-2:], many.attr39)
other = Point()
other.attr35 = "late"
other.x = 0
print(vars(other))

# Names made at run time, and names that are not identifiers.
dyn = Point()
name = "".join(["dy", "namic"])
setattr(dyn, name, 1)
setattr(dyn, "not an identifier", 2)
print(vars(dyn), getattr(dyn, "dynamic"), dyn.dynamic, getattr(dyn, "not an identifier"))

# Writing through __dict__ and through attributes, both ways.
w = Point()
w.a = 1
w.__dict__["b"] = 2
w.c = 3
w.__dict__.pop("a")
print(vars(w), w.b, hasattr(w, "a"))


# Subclasses and methods shadowed by instance attributes.
class Base:
    def __init__(self):
        self.base = "base"

    def method(self):
        return "method"


class Derived(Base):
    def __init__(self):
        self.first = 1
        super().__init__()


x = Derived()
print(vars(x), x.method())
x.method = lambda: "shadowed"
print(x.method(), sorted(vars(x)))
print([n for n in dir(x) if not n.startswith("__")])


# __slots__ with and without a __dict__.
class Slotted:
    __slots__ = ("p", "__dict__")


s = Slotted()
s.p = 1
s.q = 2
print(s.p, vars(s))


# Equality of values, not identity: an attribute holding itself, and a name reused.
class Node:
    pass


n = Node()
n.me = n
n.value = [1, 2]
print(n.me is n, n.value, list(vars(n)))
n.value = "replaced"
print(vars(n)["value"], len(vars(n)))
