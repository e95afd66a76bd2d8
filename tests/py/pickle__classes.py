# pickle: instances of classes written in Python (the __dict__, __slots__, __getstate__ and
# __setstate__, __getnewargs__/__getnewargs_ex__, __reduce__/__reduce_ex__), subclasses of
# built-in types, classes and functions pickled by name, enums and namedtuples, copyreg.
import collections
import copyreg
import enum
import pickle


def show(label, obj, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(obj, proto)
        print(label, proto, data)
        back = pickle.loads(data)
        print("   ->", repr(back))


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return "Plain(%r, %r)" % (self.a, self.b)


class Empty:
    def __repr__(self):
        return "Empty()"


class Slots:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def __repr__(self):
        return "Slots(%r, %r)" % (self.x, self.y)


class SlotsAndDict(Slots):
    def __repr__(self):
        return "SlotsAndDict(%r, %r)" % (self.x, self.__dict__)


class State:
    def __init__(self, v):
        self.v = v
        self.cache = "not pickled"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        print("   __setstate__", state)
        self.v = state["v"]
        self.cache = "rebuilt"

    def __repr__(self):
        return "State(%r, %r)" % (self.v, self.cache)


class FalseState:
    def __getstate__(self):
        return 0

    def __setstate__(self, state):
        print("   never called for a false state", state)

    def __repr__(self):
        return "FalseState()"


class NewArgs:
    def __new__(cls, a, b=0):
        print("   __new__", a, b)
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)

    def __repr__(self):
        return "NewArgs(%r, %r)" % (self.a, self.b)


class NewArgsEx:
    def __new__(cls, a, *, key):
        self = super().__new__(cls)
        self.a, self.key = a, key
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {"key": self.key}

    def __getstate__(self):
        return None

    def __repr__(self):
        return "NewArgsEx(%r, key=%r)" % (self.a, self.key)


class Reduce:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduce, self.args, {"extra": 1}, None, None)

    def __repr__(self):
        return "Reduce%r" % (self.args,)


class ReduceEx:
    def __reduce_ex__(self, proto):
        print("   __reduce_ex__", proto)
        return (ReduceEx, ())

    def __repr__(self):
        return "ReduceEx()"


class ItemsReduce:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        print("   extend", xs)
        self.items.extend(xs)

    def __setitem__(self, k, v):
        print("   setitem", k, v)

    def __reduce__(self):
        return (ItemsReduce, (), None, iter(self.items), iter([("k", "v")]))

    def __repr__(self):
        return "ItemsReduce(%r)" % (self.items,)


def set_state(obj, state):
    print("   state_setter", state)
    obj.value = state


class Setter:
    def __reduce__(self):
        return (Setter, (), "the state", None, None, set_state)

    def __repr__(self):
        return "Setter(%r)" % (getattr(self, "value", None),)


class Outer:
    class Inner:
        def method(self):
            pass


def function():
    pass


show("plain", Plain(1, "two"))
show("empty", Empty(), (0, 2, 4))
show("slots", Slots(3), (2, 4))
s2 = SlotsAndDict(4)
s2.extra = "e"
show("slots+dict", s2, (2, 4))
show("state", State(5))
show("false state", FalseState(), (0, 2))
show("newargs", NewArgs(1, 2), (0, 2, 4))
show("newargs_ex", NewArgsEx(1, key="k"), (4, 5))
show("reduce", Reduce(1, 2))
show("reduce_ex", ReduceEx(), (0, 3))
it = ItemsReduce()
it.items.extend([1, 2, 3])
show("items", it, (0, 2))
show("state_setter", Setter(), (2, 4))
shared = Plain(1, 2)
show("shared instance", [shared, shared, Plain(shared, None)], (0, 2, 4))
cyc = Plain(None, None)
cyc.a = cyc
print(pickle.dumps(cyc, 2))
back = pickle.loads(pickle.dumps(cyc, 4))
print(back.a is back)

# Classes and functions by name.
for obj in (Plain, Outer, Outer.Inner, function, Outer.Inner.method, pickle.Pickler,
            pickle.PicklingError, collections.OrderedDict, enum.Enum, copyreg.__newobj__):
    for proto in (0, 2, 3, 4):
        data = pickle.dumps(obj, proto)
        print(obj.__qualname__, proto, data, pickle.loads(data) is obj)
print(pickle.dumps(Outer.Inner().method, 2))
print(pickle.dumps(Plain(1, 2).__repr__, 4))
bound = pickle.loads(pickle.dumps(Plain(7, 8).__repr__))
print(bound())


# Subclasses of built-in types.
class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyStr(str):
    def __str__(self):
        return "overridden"


class MyBytes(bytes):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyFrozenSet(frozenset):
    pass


mi = MyInt(7)
mi.note = "n"
ml = MyList([1, 2])
ml.attr = "a"
md = MyDict(k="v")
for obj in (mi, MyFloat(1.5), MyStr("s"), MyBytes(b"b"), MyTuple((1, 2)), ml, md,
            MySet([1]), MyFrozenSet([2])):
    for proto in (0, 1, 2, 4):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(type(obj).__name__, proto, data)
        print("   ->", type(back).__name__, back == obj, getattr(back, "__dict__", None))


# Enums and namedtuples.
class Color(enum.Enum):
    RED = 1
    GREEN = "green"


class Number(enum.IntEnum):
    ONE = 1


class Perm(enum.IntFlag):
    R = 4
    W = 2


Point = collections.namedtuple("Point", "x y")
for obj in (Color.RED, Color.GREEN, Number.ONE, Perm.R, Point(1, 2), [Color.RED, Color.RED]):
    for proto in (0, 2, 4):
        data = pickle.dumps(obj, proto)
        print(repr(obj), proto, data, pickle.loads(data) == obj)
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED)


# copyreg: a reduction function for a class, and extension codes.
class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    return Registered, (obj.v * 10,)


copyreg.pickle(Registered, reduce_registered)
data = pickle.dumps(Registered(4), 2)
print(data, pickle.loads(data).v)
del copyreg.dispatch_table[Registered]
copyreg.add_extension(__name__, "Plain", 240)
copyreg.add_extension(__name__, "Empty", 0x1234)
copyreg.add_extension(__name__, "Slots", 0x123456)
for proto in (1, 2, 4):
    data = pickle.dumps([Plain, Empty, Slots], proto)
    print("ext", proto, data, pickle.loads(data) == [Plain, Empty, Slots])
copyreg.clear_extension_cache()
print(pickle.loads(b"\x80\x02\x82\xf0\x83\x34\x12\x84\x56\x34\x12\x00\x87.")
      == (Plain, Empty, Slots))
copyreg.remove_extension(__name__, "Plain", 240)
copyreg.remove_extension(__name__, "Empty", 0x1234)
copyreg.remove_extension(__name__, "Slots", 0x123456)
try:
    pickle.loads(b"\x80\x02\x82\xf0.")
except ValueError as e:
    print("ValueError:", e)
