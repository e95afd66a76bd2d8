# json's encoder and decoder at their edges: what CPython's C accelerator and its Python
# fallback (used for indent=) both do, pinned so a native implementation cannot drift.
import json
from collections import OrderedDict


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "pos", None))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyList(list):
    def __iter__(self):
        return iter([99])


class MyDict(dict):
    def items(self):
        return [("z", 1), ("a", 2)]


# Encoding: types and subclasses
show("scalars", lambda: json.dumps([None, True, False, 0, -7, 2**70, 1.5, -0.0, 1e300, 1e-7]))
show("subclasses", lambda: json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1, 2]), (3, 4)]))
show("subclass indent", lambda: json.dumps([MyInt(5), MyFloat(2.5), MyList([1])], indent=1))
show("dict subclass", lambda: json.dumps(MyDict(q=1)))
show("dict subclass sorted", lambda: json.dumps(MyDict(q=1), sort_keys=True))
show("dict subclass indent", lambda: json.dumps(MyDict(q=1), indent=2))
show("ordered", lambda: json.dumps(OrderedDict([("b", 1), ("a", 2)])))
show("keys", lambda: json.dumps({1: 1, 2.5: 2, True: 3, None: 4, "s": 5, MyInt(7): 6, MyFloat(1.0): 7}))
show("nan key", lambda: json.dumps({float("nan"): 1, float("inf"): 2}))
show("bad key", lambda: json.dumps({(1,): 2}))
show("skipkeys", lambda: json.dumps({(1,): 2, "a": 1, (2,): 3, "b": 4}, skipkeys=True))
show("skipkeys first", lambda: json.dumps({(1,): 2, "a": 1}, skipkeys=True))
show("skipkeys all", lambda: json.dumps({(1,): 2}, skipkeys=True))
show("skipkeys all indent", lambda: json.dumps({(1,): 2}, skipkeys=True, indent=2))
show("skipkeys indent", lambda: json.dumps({(1,): 2, "a": [1, {}], "b": []}, skipkeys=True, indent=2))
show("sort mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
show("sort", lambda: json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
show("nan", lambda: json.dumps([float("nan"), float("inf"), -float("inf")]))
show("nan strict", lambda: json.dumps([float("nan")], allow_nan=False))
show("inf strict indent", lambda: json.dumps([float("inf")], allow_nan=False, indent=1))
show("nan key strict", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
show("strings", lambda: json.dumps(["\"\\\n\r\t\b\f\x00\x1f\x7f", "é€😀", "/"]))
show("strings no ascii", lambda: json.dumps(["\"\\\n\x00\x1f\x7f", "é€😀"], ensure_ascii=False))
show("top str", lambda: json.dumps("é\n"))
show("separators", lambda: json.dumps({"a": [1, 2]}, separators=(",", ":")))
show("indent str", lambda: json.dumps({"a": [1, {"b": []}], "c": {}}, indent="\t"))
show("indent 0", lambda: json.dumps([1, [2]], indent=0))
show("indent sep", lambda: json.dumps({"a": [1, 2]}, indent=2, separators=(" ,", " : ")))
show("unserializable", lambda: json.dumps([1, {1, 2}]))
show("default", lambda: json.dumps([1, {3, 2}], default=sorted))
show("default bytes", lambda: json.dumps({"b": b"xy"}, default=lambda o: o.decode()))
show("default raises", lambda: json.dumps([object()], default=lambda o: 1 / 0))
a = []
a.append(a)
show("circular list", lambda: json.dumps(a))
d = {}
d["d"] = d
show("circular dict", lambda: json.dumps(d))
show("circular indent", lambda: json.dumps(d, indent=1))
show("circular default", lambda: json.dumps([object()], default=lambda o: [o]))
show("no check circular shared", lambda: json.dumps([[1], [1]], check_circular=False))
shared = [1]
show("shared", lambda: json.dumps([shared, shared, {"x": shared}]))
deep = []
for _ in range(5000):
    deep = [deep]
show("deep", lambda: len(json.dumps(deep)))
show("deep indent", lambda: len(json.dumps(deep, indent=1)))
show("empty", lambda: json.dumps([[], {}, ()], indent=2))
show("bool int keys", lambda: json.dumps({False: 1, 0: 2}))

# Decoding
show("values", lambda: json.loads('[1, -0, 0.5, -1.5e3, 1E+2, 1e-2, 12345678901234567890123, true, false, null]'))
show("floats", lambda: json.loads('[0.1, 1.7976931348623157e308, 1e400, -1e400, 5e-324, 2.5E-310]'))
show("constants", lambda: json.loads('[NaN, Infinity, -Infinity]'))
show("ws", lambda: json.loads(' \t\n\r{ "a" : [ 1 , 2 ] } \n'))
show("strings", lambda: json.loads(r'["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\ude00"]'))
show("dup keys", lambda: json.loads('{"a": 1, "b": 2, "a": 3}'))
show("nested", lambda: json.loads('{"a": {"b": [{"c": []}, {}]}}'))
show("pairs hook", lambda: json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: p))
show("object hook", lambda: json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d)))
show("both hooks", lambda: json.loads('{"a": 1}', object_hook=dict, object_pairs_hook=tuple))
show("parse_float", lambda: json.loads('[1.5, 2, 1e3]', parse_float=str))
show("parse_int", lambda: json.loads('[1.5, 2, -30]', parse_int=lambda s: "int:" + s))
show("parse_constant", lambda: json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
show("strict", lambda: json.loads('"a\tb"', strict=False))
show("bytes", lambda: json.loads(b'{"x": "\xc3\xa9"}'))
show("big int", lambda: json.loads("1" * 5000))
show("deep decode", lambda: len(json.loads("[" * 5000 + "]" * 5000)))
for bad in ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a": }', '{"a": 1,}',
            '{"a": 1 "b"}', '{1: 2}', "{'a': 1}", '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12xy"',
            '"\\u123', '"\\u1234', '"a\nb"', 'nul', 'tru', '-', '-x', '01', '1.', '1.e5', '1e', '1e+',
            '.5', '+1', '[1] x', '1 2', 'NaNx', '-Infinityx', '[-]', '"\x00"', '\ufeff[]', '[1,,2]',
            '["a" "b"]', '{"a":1}}', '{"é": 1 x}', 'é']:
    show("bad " + repr(bad), lambda: json.loads(bad))
show("raw_decode", lambda: json.JSONDecoder().raw_decode('[1] trailing'))
show("raw_decode idx", lambda: json.JSONDecoder().raw_decode('xx{"a": 1}yy', 2))
show("raw_decode ws", lambda: json.JSONDecoder().raw_decode(' [1]'))
show("raw_decode past", lambda: json.JSONDecoder().raw_decode('[1]', 5))
show("raw_decode non-ascii", lambda: json.JSONDecoder().raw_decode('"é€" [2]'))
show("decode position non-ascii", lambda: json.loads('["é€😀", x]'))
show("type", lambda: json.loads(5))
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
try:
    json.loads('{\n  "a": [1,\n   2 3]\n}')
except ValueError as e:
    print(e, e.lineno, e.colno)
