# Copying instances of user classes.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point(1, [2])
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
print(p1, p2, type(p1) is Point, p1 is p, p1.y is p.y, p2.y is p.y)
p.y.append(3)
print(p1, p2)

# An empty instance, and one whose __init__ needs arguments (not called by copy).
class Empty:
    pass
e = copy.copy(Empty())
print(type(e).__name__, vars(e))


class Loud:
    def __init__(self):
        print("__init__ called")
        self.v = 1
l = Loud()
print(copy.copy(l).v, copy.deepcopy(l).v)

# __copy__ and __deepcopy__.
class Custom:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print("__copy__")
        return Custom(self.data)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo))


c = Custom([1, 2])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.data is c.data, c2.data is c.data, c2.data)
shared = copy.deepcopy([c, c])
print(shared[0] is shared[1])

# __slots__.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class SlottedChild(Slotted):
    __slots__ = ("c",)


s = Slotted([1])
s1 = copy.copy(s)
s2 = copy.deepcopy(s)
print(s1.a is s.a, s2.a == s.a, s2.a is s.a, hasattr(s1, "b"))
sc = SlottedChild(5)
sc.c = "c"
sc2 = copy.deepcopy(sc)
print(type(sc2).__name__, sc2.a, sc2.c, hasattr(sc2, "b"))


# Slots plus a __dict__.
class Both:
    __slots__ = ("a", "__dict__")
b = Both()
b.a = 1
b.z = 2
b2 = copy.copy(b)
print(b2.a, b2.z)

# __getstate__ / __setstate__.
class Stateful:
    def __init__(self, v):
        self.v = v
        self.cache = "expensive"

    def __getstate__(self):
        print("__getstate__")
        return {"v": self.v}

    def __setstate__(self, state):
        print("__setstate__", state)
        self.v = state["v"]
        self.cache = "rebuilt"


st = copy.deepcopy(Stateful([7]))
print(st.v, st.cache)


class OnlyGetstate:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return {"a": self.a * 10}


og = copy.copy(OnlyGetstate())
print(vars(og))


# __reduce__ and __reduce_ex__ defined by the class.
class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        print("__reduce__")
        return (Reduced, (self.n + 1,))


print(copy.copy(Reduced(1)).n, copy.deepcopy(Reduced(10)).n)


class ReducedEx:
    def __reduce_ex__(self, protocol):
        print("__reduce_ex__", protocol)
        return (ReducedEx, ())


print(type(copy.deepcopy(ReducedEx())).__name__)


class Singleton:
    def __reduce__(self):
        return "Singleton"  # a string means: the object itself


one = Singleton()
print(copy.copy(one) is one, copy.deepcopy(one) is one)


# __getnewargs__ / __getnewargs_ex__.
class NeedsArgs:
    def __new__(cls, n, *, tag="t"):
        print("__new__", n, tag)
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs_ex__(self):
        return (self.n,), {"tag": "copied"}


na = copy.copy(NeedsArgs(3))
print(na.n)


# Subclasses of built-in types keep their items and attributes.
class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
ml1 = copy.copy(ml)
ml2 = copy.deepcopy(ml)
print(type(ml1).__name__, ml1, ml1.tag, ml1[1] is ml[1])
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])


class MyDict(dict):
    pass


md = MyDict(a=[1])
md2 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2["a"] is md["a"])


class MyInt(int):
    pass


mi = MyInt(5)
mi.extra = "x"
mi2 = copy.copy(mi)
print(type(mi2).__name__, mi2, mi2.extra, mi2 is mi)


class MyStr(str):
    pass


print(type(copy.deepcopy(MyStr("hey"))).__name__, copy.deepcopy(MyStr("hey")))


class MyTuple(tuple):
    pass


mt = copy.deepcopy(MyTuple([1, [2]]))
print(type(mt).__name__, mt)


class MySet(set):
    pass


ms = copy.copy(MySet([1, 2]))
print(type(ms).__name__, sorted(ms))

# Exceptions.
class AppError(Exception):
    pass


err = AppError("boom", 2)
err.code = 42
err2 = copy.deepcopy(err)
print(type(err2).__name__, err2.args, err2.code, err2 is err)

# Classes are atomic, with or without a metaclass.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(copy.copy(Point) is Point, copy.deepcopy(WithMeta) is WithMeta)

# A cycle through instances.
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


n1 = Node("a")
n2 = Node("b")
n1.next = n2
n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.name, m1.next.name, m1.next.next is m1, m1 is not n1)
