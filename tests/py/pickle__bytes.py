# pickle: the exact bytes dumps() writes for the built-in types with every protocol (0-5):
# ints of every size, floats, str/bytes/bytearray with escapes and length boundaries, containers
# at the 1000-item batch boundaries, shared and recursive objects, frames in protocol 4+.
import pickle

ATOMS = [
    None, True, False,
    0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**63, -2**63, 2**64, 12345678901234567890123, -(2**2039), 2**2040, -(2**2040),
    0.0, -0.0, 1.5, -2.25, 0.1, 1e16, 1e-310, 5e-324, 1.7976931348623157e308,
    float("inf"), float("-inf"), 3.141592653589793,
    "", "a", "abc", "é", "\u20ac", "\U0001f600", "back\\slash", "new\nline", "cr\r",
    "nul\x00", "ctrl-z\x1a", "tab\t", "q'uote\"s", "\x7f\x80\xff", "x" * 255, "y" * 256,
    b"", b"a", b"\x00\xff\n", b"z" * 255, b"w" * 256,
    bytearray(), bytearray(b"ab\x00"),
    1 + 2j, -1.5j, complex(0, 0),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {"k": 1}, {1: 2, 3: 4},
    set(), {5}, {1, 2, 3}, frozenset(), frozenset([7]), frozenset([1, 2]),
    range(5), range(1, 10, 3), slice(3), slice(1, 2, 3), NotImplemented, Ellipsis,
    int, str, type(None), type(NotImplemented), type(...), len, pickle.dumps, object,
]

for obj in ATOMS:
    print(obj.__name__ if isinstance(obj, type) or callable(obj) else repr(obj)[:40])
    for proto in range(6):
        print("  ", proto, pickle.dumps(obj, proto))

# Shared references, the memo past 256 entries, recursive lists/dicts/tuples.
s = "shared"
b = b"bytes"
t = (1, 2)
lst = [s, s, b, b, t, t, [t], (s,)]
for proto in range(6):
    print("shared", proto, pickle.dumps(lst, proto))
many = ["s%d" % i for i in range(300)]
for proto in range(6):
    data = pickle.dumps([many, many], proto)
    print("memo>256", proto, len(data), data[-40:])
rec = [1]
rec.append(rec)
rtuple = ([],)
rtuple[0].append(rtuple)
rdict = {}
rdict[1] = rdict
rt3 = ([], 1, 2, 3)
rt3[0].append(rt3)
fs = frozenset([(1,)])
for proto in range(6):
    print("recursive", proto, pickle.dumps(rec, proto), pickle.dumps(rtuple, proto))
    print("  ", pickle.dumps(rdict, proto), pickle.dumps(rt3, proto))

# CPython's singletons -- the empty str and bytes, the bytes of one byte, the str of one
# non-ASCII Latin-1 character -- are one memo entry however they were made.
text = "xy\xe9"
for proto in (0, 2, 4):
    print("singletons", proto, pickle.dumps(["", str(), text[:0], b"", bytes(), b"ab"[:1],
                                               bytes([97]), "\xe9", text[2], chr(0xe9)], proto))

# Batches of 1000 items.
for n in (999, 1000, 1001, 2000):
    for proto in (0, 1, 2, 4):
        lb = pickle.dumps(list(range(n)), proto)
        db = pickle.dumps(dict.fromkeys(range(n)), proto)
        sb = pickle.dumps(set(range(n)), proto)
        fb = pickle.dumps(frozenset(range(n)), proto)
        print("batch", n, proto, len(lb), lb[-12:], len(db), db[-12:], len(sb), sb[-12:],
              len(fb), fb[-8:])


# Frames: where protocol 4 starts a new 64 KiB frame, and large payloads outside frames.
def frames(data):
    out = []
    i = 2
    while i < len(data) and data[i] == 0x95:
        size = int.from_bytes(data[i + 1:i + 9], "little")
        out.append((i, size))
        i += 9 + size
    return out


for proto in (4, 5):
    strs = ["item-%05d" % i for i in range(12000)]
    data = pickle.dumps(strs, proto)
    print("frames", proto, len(data), [f for f in frames(data)][:3], data[-30:])
    big = [b"B" * 70000, "S" * 65536, bytearray(b"A" * 65535), "x" * 65535, [1, 2]]
    data = pickle.dumps(big, proto)
    print("large", proto, len(data), data[:30], data[65540:65600], data[-60:])
    print(pickle.loads(data) == big)
print(pickle.dumps(None, 4), pickle.dumps(1, 4), pickle.dumps("ab", 4), pickle.dumps(b"", 5))

# Round trips of everything above.
for obj in ATOMS:
    for proto in range(6):
        back = pickle.loads(pickle.dumps(obj, proto))
        if back != obj and not (back is NotImplemented and obj is NotImplemented):
            print("mismatch", repr(obj), proto, repr(back))
        if type(back) is not type(obj):
            print("type mismatch", repr(obj), proto, type(back))
nan = pickle.loads(pickle.dumps(float("nan"), 2))
print(nan != nan, pickle.dumps(float("nan"), 0), pickle.dumps(-0.0, 2))
print(str(pickle.loads(pickle.dumps(-0.0, 1))), str(pickle.loads(pickle.dumps(-0.0, 0))))
print(pickle.encode_long(0), pickle.encode_long(255), pickle.encode_long(-128),
      pickle.encode_long(-129), pickle.decode_long(b"\xff\x7f"), pickle.decode_long(b""))
