# Every list operation that lets go of items releases them in CPython's order, which is the
# order their finalizers (__del__, weakref.finalize) run in.
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return self.name

    def __lt__(self, other):
        return self.name < other.name


def make(prefix, n):
    return [D(prefix + str(i)) for i in range(n)]


def section(title, build, action):
    print(title)
    box = [build()]
    action(box)
    print("  done")
    del box[:]
    print("  dropped")


def delete(key):
    def action(box):
        del box[0][key]
    return action


def assign(key, values):
    def action(box):
        box[0][key] = values()
    return action


# Deleting a plain slice releases its items last to first; an extended slice, whatever its
# direction, first to last.
section("del l[1:4]", lambda: make("a", 5), delete(slice(1, 4)))
section("del l[:]", lambda: make("b", 3), delete(slice(None)))
section("del l[1:3:1]", lambda: make("c", 4), delete(slice(1, 3, 1)))
section("del l[::2]", lambda: make("d", 6), delete(slice(None, None, 2)))
section("del l[::-2]", lambda: make("e", 6), delete(slice(None, None, -2)))
section("del l[5:0:-2]", lambda: make("f", 7), delete(slice(5, 0, -2)))
section("del l[::-1]", lambda: make("g", 3), delete(slice(None, None, -1)))
section("del l[i]", lambda: make("h", 3), delete(1))
section("del l[-1]", lambda: make("i", 3), delete(-1))

# Assigning to a plain slice releases the replaced items last to first; to an extended slice,
# in the slice's own order.
section("l[1:4] = [new]", lambda: make("j", 5), assign(slice(1, 4), lambda: [D("new")]))
section("l[0:2] = 4 new", lambda: make("k", 3), assign(slice(0, 2), lambda: make("K", 4)))
section("l[:] = []", lambda: make("m", 3), assign(slice(None), lambda: []))
section("l[1:3] = generator", lambda: make("n", 4), assign(slice(1, 3), lambda: (D("gen") for _ in range(1))))
section("l[:2] = tuple", lambda: make("o", 3), assign(slice(None, 2), lambda: (D("O"),)))
section("l[0:2:True] = []", lambda: make("p", 3), assign(slice(0, 2, True), lambda: []))
section("l[::2] = 3 new", lambda: make("q", 6), assign(slice(None, None, 2), lambda: make("Q", 3)))
section("l[::-2] = 3 new", lambda: make("r", 6), assign(slice(None, None, -2), lambda: make("R", 3)))
section("l[::-1] = 3 new", lambda: make("s", 3), assign(slice(None, None, -1), lambda: make("S", 3)))
section("l[1] = 5", lambda: make("t", 3), assign(1, lambda: 5))

print("l[1:3] = l")
l = make("u", 4)
l[1:3] = l
print("  len", len(l))
l.clear()
print("  cleared")

print("clear")
l = make("v", 4)
l.clear()
print("  done", l)

print("remove")
l = make("w", 3)
x = l[1]
l.remove(x)
print("  removed")
del x
print("  done")

print("pop() and pop(0)")
l = make("x", 3)
l.pop()
print("  popped last")
l.pop(0)
print("  popped first")
del l

print("the old item goes after the store")


class Peek:
    def __init__(self, l):
        self.l = l

    def __del__(self):
        print("  Peek sees", self.l)


l = make("y", 3)
l[1] = Peek(l)
l[1] = 5
del l

print("l *= 0 empties the list in place")
l = make("z", 4)
alias = l
l *= 0
print("  done", alias, l is alias)
l = make("A", 2)
l *= -1
print("  done", l)
l = make("B", 2)
alias = l
l *= 2
print("  doubled", alias, l is alias)
del l, alias
print("  dropped")

print("__init__ empties before it reads its argument")
l = make("C", 3)
l.__init__(make("CC", 2))
print("  done", l)
l.__init__(l)
print("  reinitialised from itself", l)

print("sort")
l = make("E", 3)
l.sort(reverse=True)
print("  sorted", l)
del l
print("sort(key=...) releases the keys in sorted order")
l = [D("F2"), D("F0"), D("F1")]
l.sort(key=lambda d: D("key " + d.name))
print("  sorted", l)
l.sort(key=lambda d: D("rkey " + d.name), reverse=True)
print("  sorted", l)
r = sorted(l, key=lambda d: D("skey " + d.name))
print("  sorted copy", r)
del l, r


def failing_key(d):
    if d.name == "G2":
        raise ValueError("no key")
    return D("gkey " + d.name)


l = make("G", 4)
try:
    l.sort(key=failing_key)
except ValueError as e:
    print("  error", e)
del l

print("items added during a sort are released")


class Meddler:
    def __init__(self, name, l):
        self.name = name
        self.l = l

    def __lt__(self, other):
        self.l.append(D("added by " + self.name))
        return self.name < other.name


l = []
l.extend([Meddler("m2", l), Meddler("m1", l)])
try:
    l.sort()
except ValueError as e:
    print("  error", e)
print("  left", [m.name for m in l])
for m in l:
    m.l = None
del l, m

print("del l: last to first")
l = make("H", 4)
del l
print("rebinding: last to first")
l = make("I", 4)
l = []
print("nested lists")
l = [make("J", 2), make("K", 2)]
del l

print("finalizers see the list already empty")


class Reader:
    def __init__(self, name, l):
        self.name = name
        self.l = l

    def __del__(self):
        print("  Reader", self.name, "sees", len(self.l))


l = []
l.extend([Reader("r0", l), Reader("r1", l), Reader("r2", l)])
l.clear()
del l

print("weakref.finalize follows the same order")


class O:
    pass


objs = [O() for i in range(3)]
for i, o in enumerate(objs):
    weakref.finalize(o, print, "  finalize", i)
del o
del objs[0:3]
print("  slice deleted")
objs = [O() for i in range(3)]
for i, o in enumerate(objs):
    weakref.finalize(o, print, "  finalize again", i)
del o
objs.clear()
print("end")
print("a failed extended slice assignment drops its copy of the sequence last to first")
l = [1, 2, 3, 4]
try:
    l[::2] = (D("X%d" % i) for i in range(3))
except ValueError as e:
    print(" ", e)
print("end of extras")
