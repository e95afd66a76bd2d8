# pickle: objects of the standard library -- datetime, enum members, fractions, exceptions,
# range/slice and the singletons -- and round trips of the collections types (with pickles
# CPython wrote for them read back).
import collections
import datetime
import fractions
import functools
import pickle


def show(label, obj, protos=(0, 2, 4)):
    for proto in protos:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(label, proto, data)
        print("   ->", repr(back), back == obj)


show("date", datetime.date(2020, 1, 2))
show("datetime", datetime.datetime(2020, 1, 2, 3, 4, 5, 6))
show("datetime utc", datetime.datetime(1999, 12, 31, 23, 59, tzinfo=datetime.timezone.utc))
show("time", datetime.time(1, 2, 3, 4))
show("timedelta", datetime.timedelta(days=-1, seconds=2, microseconds=3))
show("timezone", datetime.timezone(datetime.timedelta(hours=2), "EET"))
show("fraction", fractions.Fraction(3, 4))
show("range", [range(5), range(1, 9, 2), range(-3)], (0, 2, 4))
show("slice", [slice(3), slice(None, 5, -1)], (0, 2, 4))
show("singletons", [None, NotImplemented, Ellipsis, type(None), type(NotImplemented)])


def show_exc(label, exc, protos=(0, 2, 4), attrs=True):
    for proto in protos:
        data = pickle.dumps(exc, proto)
        back = pickle.loads(data)
        print(label, proto, data)
        print("   ->", type(back).__name__, back.args, back.__dict__ if attrs else "")


class MyError(Exception):
    pass


show_exc("ValueError", ValueError("bad", 1))
show_exc("KeyError", KeyError("k"))
show_exc("StopIteration", StopIteration(5))
err = RuntimeError("with attribute")
err.note = "extra"
show_exc("RuntimeError+attr", err)
show_exc("OSError", OSError(2, "No such file or directory", "missing.txt"), attrs=False)
show_exc("custom", MyError("x"), (2,))
back = pickle.loads(pickle.dumps(OSError(2, "No such file", "f.txt")))
print(type(back).__name__, back.errno, back.strerror, back.filename, str(back))

# Round trips of the collections types.
od = collections.OrderedDict([("b", 1), ("a", 2)])
dd = collections.defaultdict(list, {"k": [1]})
counter = collections.Counter("abracadabra")
dq = collections.deque([1, 2, 3], maxlen=5)
Point = collections.namedtuple("Point", "x y")
for obj in (od, dd, counter, dq, Point(3, 4), collections.ChainMap({"a": 1}, {"b": 2})):
    for proto in range(6):
        back = pickle.loads(pickle.dumps(obj, proto))
        print(type(obj).__name__, proto, type(back).__name__, back == obj, repr(back))
back = pickle.loads(pickle.dumps(dd))
back["new"].append(1)
print(back["new"], back.default_factory is list)
print(pickle.loads(pickle.dumps(dq)).maxlen)
p = pickle.loads(pickle.dumps(functools.partial(int, base=2)))
print(type(p).__name__, p("101"))

# Pickles CPython 3.11 wrote for these (collections' own __reduce__ methods, and a date with
# protocol 2, which calls _codecs.encode).
CPYTHON = [
    b"\x80\x04\x950\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x0bOrderedDict"
    b"\x94\x93\x94)R\x94(\x8c\x01a\x94K\x01\x8c\x01b\x94K\x02u.",
    b"ccollections\ndefaultdict\np0\n(c__builtin__\nlist\np1\ntp2\nRp3\nI1\n(lp4\nI2\nas.",
    b"\x80\x02ccollections\nCounter\nq\x00}q\x01(X\x01\x00\x00\x00aq\x02K\x02X\x01\x00\x00"
    b"\x00bq\x03K\x01X\x01\x00\x00\x00cq\x04K\x01u\x85q\x05Rq\x06.",
    b"\x80\x04\x95&\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x05deque\x94\x93"
    b"\x94)K\x05\x86\x94R\x94(K\x01K\x02e.",
    b"\x80\x02cdatetime\ndate\nq\x00c_codecs\nencode\nq\x01X\x05\x00\x00\x00\x07\xc3\xa4\x01"
    b"\x02q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.",
]
for data in CPYTHON:
    obj = pickle.loads(data)
    print(type(obj).__name__, repr(obj))
