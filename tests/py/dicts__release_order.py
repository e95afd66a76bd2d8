# Every dict operation that lets go of keys or values releases them in CPython's order, which
# is the order their finalizers run in.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return self.name


class K(D):
    """A key whose equality and hash are its number, so equal keys can be distinct objects."""

    def __init__(self, name, h):
        D.__init__(self, name)
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and other.h == self.h


def make(p, n):
    return {K(p + "k" + str(i), i): D(p + "v" + str(i)) for i in range(n)}


print("clear: key then value, first entry first")
d = make("a", 3)
d.clear()
print("  done")
print("popitem hands both to its result")
d = make("b", 3)
d.popitem()
print("  done")
x = d.popitem()
print("  kept")
del x
print("  dropped")
del d
print("pop: the stored key at once, the value with the result")
d = make("c", 3)
d.pop(K("probe", 1))
print("  done")
d.pop(K("missing", 9), D("default"))
print("  done")
del d
print("del d[k]: key, value, then the key used to find them")
d = make("e", 3)
del d[K("probe", 1)]
print("  done")
del d
print("d[k] = v keeps the stored key: the old value goes, then the new key")
d = make("f", 3)
d[K("new key", 1)] = D("new value")
print("  done")
k = list(d)[0]
d[k] = D("newer value")
print("  done")
del d, k
print("update from a dict replaces values in its order")
d = make("g", 3)
d.update({K("gk0 new", 0): D("gv0 new"), K("gk2 new", 2): D("gv2 new")})
print("  done")
del d
print("update from keywords")
d = {"a": D("a"), "b": D("b")}
d.update(b=D("b new"), a=D("a new"))
print("  done")
del d
print("update from pairs")
d = make("h", 2)
d.update([(K("hk0 new", 0), D("hv0 new")), (K("hk1 new", 1), D("hv1 new"))])
print("  done")
del d
print("|= and |")
d = make("o", 2)
d |= {K("ok0 new", 0): D("ov0 new")}
print("  done")
e = d | {K("ok1 new", 1): D("ov1 new")}
print("  done")
del d
print("  first gone")
del e
print("setdefault of a present key")
d = make("s", 1)
d.setdefault(K("sk0 new", 0), D("unused default"))
print("  done")
del d
print("a dying dict: key, value, first entry first")
d = make("i", 3)
del d
d = {"x": D("x"), "y": D("y")}
del d
print("rebinding")
d = make("j", 3)
d = {}
print("  done")
print("a comprehension replacing keys: old value, then the new key")
d = {K("ck%d" % (i % 2), i % 2): D("cv%d" % i) for i in range(4)}
print("  done", d)
del d
print("a display with equal keys")
d = {K("first key", 1): D("first value"), K("equal key", 1): D("second value")}
print("  done", d)
del d
print("fromkeys and dict() with equal keys")
d = dict.fromkeys([K("fk a", 1), K("fk b", 1)], 0)
print("  done", d)
del d
d = dict([(K("pk a", 1), D("pv a")), (K("pk b", 1), D("pv b"))])
print("  done", d)
del d
print("finalizers see the dict already changed")


class R(D):
    def __init__(self, name, d):
        D.__init__(self, name)
        self.d = d

    def __del__(self):
        print("  R", self.name, "sees", sorted(self.d))


d = {}
d[1] = R("r1", d)
d[2] = R("r2", d)
d.clear()
d[1] = R("r3", d)
d[1] = 0
d[2] = R("r4", d)
del d[2]
d[3] = R("r5", d)
d.pop(3)
print("  done")
print("a view keeps its dict")
d = make("q", 2)
v = d.values()
del d
print("  view holds")
del v
print("keyword arguments")


def f(**kw):
    return kw


x = f(a=D("fa"), b=D("fb"))
del x
print("end")
