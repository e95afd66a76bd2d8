# Every set operation that lets go of keys releases them in CPython's order (table order for a
# set as a whole), which is the order their finalizers run in.
class D:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return self.name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, D) and other.h == self.h


def make(p, hashes):
    return {D(p + str(h), h) for h in hashes}


print("clear: table order")
s = make("a", [3, 1, 2, 9])
s.clear()
print("  done")
print("discard and remove: the stored key at once, the probe with the call")
s = make("b", [1, 2])
s.discard(D("probe", 1))
print("  done")
s.remove(D("probe", 2))
print("  done")
del s
print("pop")
s = make("d", [5, 3])
s.pop()
print("  done")
del s
print("-=: each key of the other set in its order")
s = make("e", [1, 2, 3, 4])
s -= make("E", [2, 4])
print("  done")
del s
print("&=: the old table goes as a whole")
s = make("f", [1, 2, 3, 4])
s &= make("F", [2, 4, 7])
print("  done")
del s
print("^=")
s = make("g", [1, 2, 3, 4])
s ^= make("G", [2, 4, 8])
print("  done")
del s
print("|=")
s = make("h", [1, 2])
s |= make("H", [2, 5])
print("  done")
del s
print("difference_update")
s = make("i", [1, 2, 3])
s.difference_update([D("I1", 1), D("I3", 3)])
print("  done")
del s
s = make("i", [1, 2, 3])
s.difference_update([D("I1", 1)], make("J", [3]))
print("  done")
del s
print("intersection_update keeps the other iterable's keys")
s = make("j", [1, 2, 3])
s.intersection_update([D("J2", 2), D("J9", 9)])
print("  done", s)
del s
s = make("j", [1, 2, 3])
s.intersection_update([D("J2", 2), D("J3", 3)], make("K", [3]))
print("  done", s)
del s
print("symmetric_difference_update")
s = make("k", [1, 2, 3])
s.symmetric_difference_update([D("K2", 2), D("K9", 9), D("K2b", 2)])
print("  done", s)
del s
print("update and add of present keys")
s = make("l", [1, 2])
s.update([D("L2", 2), D("L3", 3)])
print("  done")
s.add(D("L1", 1))
print("  done")
del s
print("a dying set or frozenset: table order")
s = make("n", [7, 1, 4, 2, 12])
del s
s = frozenset(make("o", [7, 1, 4]))
del s
s = make("w", range(0, 40, 3))
s.clear()
print("  done")
print("displays and set() with equal keys")
s = {D("p1", 1), D("p1b", 1), D("p2", 2)}
print("  done")
del s
s = set([D("q1", 1), D("q1b", 1)])
print("  done")
del s
s = {D("x%d" % i, i % 2) for i in range(4)}
print("  done", s)
del s
print("operators")
s = make("r", [1, 2])
t = s - make("R", [1])
print("  done")
del s
print("  s gone")
del t
s = make("s", [1, 2])
t = s & make("S", [1])
print("  done")
del s
print("  s gone")
del t
s = make("t", [1, 2])
t = s ^ make("T", [1, 3])
print("  done")
del s
print("  s gone")
del t
print("with itself")
s = make("y", [1, 2])
s -= s
print("  done")
s = make("z", [1, 2])
s ^= s
print("  done")
s = make("Z", [1, 2])
s.difference_update(s)
print("  done")
print("finalizers see the set already changed")


class R(D):
    def __init__(self, name, h, s):
        D.__init__(self, name, h)
        self.s = s

    def __del__(self):
        print("  R", self.name, "sees", len(self.s))


s = set()
s.add(R("r1", 1, s))
s.add(R("r2", 2, s))
s.clear()
s.add(R("r3", 3, s))
s.discard(D("probe", 3))
print("  done")
print("the table is rebuilt after many removals")
s = set(range(100))
s.difference_update(range(0, 100, 2))
s.update(range(200, 230))
print(list(s))
s = set(range(100))
s -= set(range(0, 100, 3))
s |= set(range(300, 340))
print(list(s))
print("other arguments")
s = set(range(10))
s.difference_update(set(range(1000)))
print(s)
s = set(range(10))
s.intersection_update()
print(s)
s = set(range(10))
s.intersection_update(range(5), {3, 4, 5})
print(s)
s = set(range(10))
s.symmetric_difference_update({5: 1, 20: 2})
print(s)
s = set(range(10))
s.difference_update()
print(s)
for bad in ([[]], 5):
    for m in ("difference_update", "intersection_update", "symmetric_difference_update"):
        try:
            getattr(set([1]), m)(bad)
        except TypeError as e:
            print(m, e)
try:
    set().symmetric_difference_update()
except TypeError as e:
    print(e)
print(hasattr(frozenset(), "difference_update"))


class Sub(set):
    pass


x = Sub([1, 2, 3])
x.difference_update([1])
x.intersection_update([2, 3, 4])
x.symmetric_difference_update([3, 9])
print(sorted(x), type(x).__name__)
print("end")
