# copy.copy and copy.deepcopy on the built-in containers, as the docs describe them.
import copy

inner = [1, 2]
outer = [inner, {"k": inner}, (3, inner)]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow == outer, shallow is outer, shallow[0] is inner)
print(deep == outer, deep[0] is inner)
# The shared list stays shared inside the deep copy.
print(deep[1]["k"] is deep[0], deep[2][1] is deep[0])
inner.append(99)
print(shallow[0], deep[0])

# Each container type.
d = {"a": [1], "b": {"c": 2}}
d2 = copy.copy(d)
print(d2 == d, d2 is d, d2["a"] is d["a"])
d3 = copy.deepcopy(d)
print(d3 == d, d3["a"] is d["a"], d3["b"] is d["b"])
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s) is s)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
ba = bytearray(b"abc")
ba2 = copy.copy(ba)
ba3 = copy.deepcopy(ba)
ba2[0] = 65
print(ba, ba2, ba3, ba3 is ba)

# Atomic objects come back as themselves.
def f():
    pass
for obj in (None, 1, 2.5, True, 1j, "s", b"b", range(3), f, len, int, Ellipsis, NotImplemented):
    print(type(obj).__name__, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)

# Tuples: the same tuple when nothing inside needed copying.
t = (1, "a", (2, 3), None)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3 == t2, t3 is t2, t3[1] is t2[1])
empty = ()
print(copy.deepcopy(empty) is empty)

# Cycles.
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, b[0])
dd = {}
dd["self"] = dd
dd2 = copy.deepcopy(dd)
print(dd2["self"] is dd2, dd2 is not dd)
# A tuple in a cycle through a list.
lst = []
tup = (lst, 1)
lst.append(tup)
lst2 = copy.deepcopy(lst)
print(lst2[0][0] is lst2, lst2[0] is not tup)

# Bound methods: the instance is deep-copied.
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
bx = Box([1])
m = copy.deepcopy(bx.get)
print(m(), m.__self__ is bx, m.__self__.v is bx.v)
m2 = copy.copy(bx.get)
print(m2(), m2.__self__ is bx)

# The memo dict.
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], memo[id(x)] is y[0], x in memo[id(memo)])
print(copy.deepcopy(x, {id(x): "preset"}))

print(copy.Error is copy.error, issubclass(copy.Error, Exception))
print(sorted(copy.__all__))
