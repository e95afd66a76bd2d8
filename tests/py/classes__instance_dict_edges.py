# Instance attributes at the edges: str subclasses as names, __dict__ replaced, many names
# deleted and set again, the dict from vars() written to, bad names.
class S(str):
    pass
class P:
    pass
p = P()
setattr(p, S("x"), 1)
print(vars(p), p.x)
q = P()
q.a = 1
q.__dict__ = {"b": 2}
print(vars(q), hasattr(q, "a"), q.b)
q.c = 3
print(vars(q))
r = P()
for i in range(35):
    setattr(r, f"n{i}", i)
del r.n10
r.n10 = "again"
print(list(vars(r))[-3:], r.n10, r.n34)
c = P(); c.__dict__.update(vars(r))
print(vars(c) == vars(r), c.n10)
d = P()
d.x = 1
dd = vars(d)
dd["y"] = 2
d.z = 3
print(d.y, vars(d))
del dd["x"]
print(hasattr(d, "x"))
try:
    setattr(d, 5, 1)
except TypeError as e:
    print("TypeError:", e)
print(getattr(d, "nope", "default"))
class Q:
    __slots__ = ()
try:
    Q().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class W:
    def __init__(self):
        self.a = 1
    @property
    def b(self):
        return self.a + 1
w = W()
print(w.b)
W.a = property(lambda self: 42)
print(w.a, w.b)
try:
    q.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(vars(q))
for f in (getattr, hasattr, delattr):
    try:
        f(q, 3)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
