# pickle: the errors, with CPython's messages -- objects that cannot be pickled (lambdas, local
# and missing globals, generators, modules, bad __reduce__ results), bad protocols, and broken
# or truncated pickles on load.
import io
import pickle
import sys


def check(label, call):
    try:
        result = call()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result)[:100])


print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))

square = lambda x: x * x
check("lambda", lambda: pickle.dumps(square))
check("lambda proto 0", lambda: pickle.dumps(square, 0))
check("inner lambda", lambda: pickle.dumps(lambda: 0))


def make_local():
    def local():
        pass
    return local


check("local function", lambda: pickle.dumps(make_local()))


class Gone:
    pass


Renamed = Gone
del Gone
check("deleted class", lambda: pickle.dumps(Renamed))


def moved():
    pass


moved.__module__ = "no_such_module_here"
check("missing module", lambda: pickle.dumps(moved))
moved.__module__ = "io"
check("not in module", lambda: pickle.dumps(moved))
moved.__module__ = __name__
moved.__qualname__ = "elsewhere.moved"
check("bad qualname", lambda: pickle.dumps(moved))


def other():
    pass


other.__qualname__ = "check"
check("not the same object", lambda: pickle.dumps(other))
check("generator", lambda: pickle.dumps(x for x in ()))
check("module", lambda: pickle.dumps(sys))
check("dict keys", lambda: pickle.dumps({}.keys()))


class Slotted:
    __slots__ = ("a",)


check("slots proto 1", lambda: pickle.dumps(Slotted(), 1))
check("slots proto 2", lambda: pickle.dumps(Slotted(), 2))


def reducing(value):
    class R:
        def __reduce__(self):
            return value
    R.__qualname__ = "R"
    return R()


globals()["R"] = type(reducing(None))
for label, value in [
        ("int", 5), ("1-tuple", (1,)), ("7-tuple", (1,) * 7), ("not callable", (5, ())),
        ("args list", (list, [])), ("listitems", (list, (), None, 5)),
        ("dictitems", (dict, (), None, None, 5)), ("state_setter", (list, (), 1, None, None, 5)),
        ("builtin class", (len.__class__, ())), ("string", "R"), ("missing", "nope")]:
    check("reduce " + label, lambda: pickle.dumps(reducing(value), 2))


class NewObj:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        import copyreg
        return (copyreg.__newobj__, self.value)


check("newobj empty args", lambda: pickle.dumps(NewObj(()), 2))
check("newobj not a type", lambda: pickle.dumps(NewObj((5,)), 2))
check("newobj wrong class", lambda: pickle.dumps(NewObj((int,)), 2))
check("newobj proto 1", lambda: pickle.dumps(NewObj((NewObj, 1)), 1)[:20])


class NewObjEx:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        import copyreg
        return (copyreg.__newobj_ex__, self.value)


check("newobj_ex length", lambda: pickle.dumps(NewObjEx((1, 2)), 4))
check("newobj_ex cls", lambda: pickle.dumps(NewObjEx((1, (), {})), 4))
check("newobj_ex args", lambda: pickle.dumps(NewObjEx((NewObjEx, [], {})), 4))
check("newobj_ex kwargs", lambda: pickle.dumps(NewObjEx((NewObjEx, (), [])), 4))


class BadGetNewArgs:
    def __getnewargs__(self):
        return [1]


class BadGetNewArgsEx:
    def __init__(self, value):
        self.value = value

    def __getnewargs_ex__(self):
        return self.value


check("getnewargs list", lambda: pickle.dumps(BadGetNewArgs(), 2))
check("getnewargs_ex int", lambda: pickle.dumps(BadGetNewArgsEx(1), 2))
check("getnewargs_ex len", lambda: pickle.dumps(BadGetNewArgsEx((1,)), 2))
check("getnewargs_ex args", lambda: pickle.dumps(BadGetNewArgsEx(([], {})), 2))
check("getnewargs_ex kwargs", lambda: pickle.dumps(BadGetNewArgsEx(((), [])), 2))

# Protocols and arguments.
check("protocol 6", lambda: pickle.dumps(1, 6))
check("protocol -1", lambda: pickle.dumps(1, -1))
check("protocol str", lambda: pickle.dumps(1, "2"))
check("protocol float", lambda: pickle.dumps(1, 2.0))
check("protocol True", lambda: pickle.dumps(1, True))
check("callback proto 4", lambda: pickle.dumps(1, 4, buffer_callback=print))
check("no write", lambda: pickle.Pickler(object()))
check("no read", lambda: pickle.Unpickler(object()))
globals()["Caf\u00e9"] = type("Caf\u00e9", (), {})
check("unicode global proto 2", lambda: pickle.dumps(globals()["Caf\u00e9"], 2))
check("unicode global proto 3", lambda: pickle.dumps(globals()["Caf\u00e9"], 3))
globals()["caf\u00e9"] = type("caf\u00e9", (), {"__module__": "caf\u00e9"})
sys.modules["caf\u00e9"] = sys.modules[__name__]
check("unicode module proto 1", lambda: pickle.dumps(globals()["caf\u00e9"], 1))
check("persistent id proto 0", lambda: type("P", (pickle.Pickler,), {
    "persistent_id": lambda self, obj: "\u00e9"})(io.BytesIO(), 0).dump(1))


class NoInit(pickle.Pickler):
    def __init__(self):
        pass


check("Pickler without __init__", lambda: NoInit().dump(1))


class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass


check("Unpickler without __init__", lambda: NoInitU().load())
check("loads str", lambda: pickle.loads("N."))
check("loads int", lambda: pickle.loads(5))

# Broken pickles.
BAD = [
    b"", b"\x80", b"\x80\x04", b"\x80\x06N.", b"N", b"K", b"J\x01\x02", b"\xff", b"\x01",
    b"z.", b"'", b"\\", b".", b"0.", b"a.", b"(a.", b"h\x05.", b"g5\n.", b"g5", b"I12", b"Ix\n.",
    b"I01\n.", b"I00\n.", b"I0x10\n.", b"L12L\n.", b"Fx\n.", b"Sabc\n.", b"\x8c\x03ab", b"X\x02\x00\x00\x00\xff\xfe.", b"cnosuchmod\nx\n.",
    b"cbuiltins\nnosuch\n.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.",
    b"\x82\x01.", b"(Nt0.", b"N1.", b"1.", b"NN\x86\x86.", b"}NNs.", b"}Nu.", b"}(Nu.",
    b"N\x81.", b"N)\x81.", b"\x8cx)\x81.", b"P1\n.", b"Q.", b"N\x97.", b"\x8b\xff\xff\xff\xff.",
    b"K\x01K\x02e.", b"N(K\x01e.", b"NNNR.", b"N\x8c\x03len\x93.", b"}N\x8c\x01xb.",
    b"cbuiltins\nlen\n}b.", b"\x80\x04\x8c\x08builtins\x8c\x0clen.<locals>\x93.",
    b"\x80\x04\x8c\x08builtins\x8c\x0blen.nothere\x93.", b"\x80\x02cbuiltins\nint.real\n.",
    b"\x80\x04c__main__\nNewObj.__name__\n.", b"]N\x94h\x01.", b"p0\n.", b"\x94.", b"2.",
    b"(\x82\x00.", b"\x80\x04\x95\x01\x00\x00\x00\x00\x00\x00\x00N\x95\x01\x00\x00\x00\x00\x00\x00\x00.",
]
for data in BAD:
    check(repr(data)[:50], lambda: pickle.loads(data))
for data in (b"V\\u12\n.", b"V\\U0011ffff\n.", b"V\\U0001f60\n."):
    try:
        pickle.loads(data)
    except UnicodeDecodeError as e:
        print(repr(data), "->", type(e).__name__, e.args)

# Truncated pickles of real objects: every prefix fails cleanly.
good = pickle.dumps([1, "two", (3.0, b"four"), {"five": None}], 4)
kinds = set()
for n in range(len(good)):
    try:
        pickle.loads(good[:n])
    except (EOFError, pickle.UnpicklingError) as e:
        kinds.add(type(e).__name__ + ": " + str(e))
print(sorted(kinds))
good0 = pickle.dumps([1, "two", (3.0, b"four")], 0)
kinds = set()
for n in range(len(good0)):
    try:
        pickle.loads(good0[:n])
    except (EOFError, pickle.UnpicklingError, ValueError) as e:
        kinds.add(type(e).__name__ + ": " + str(e))
print(sorted(kinds))

# Deep recursion is a RecursionError, not a crash.
deep = []
for i in range(5000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError:
    print("RecursionError")
