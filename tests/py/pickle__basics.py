# pickle: typical use as the docs show it -- dumps/loads, dump/load with io.BytesIO and real
# files, the protocol constants, several pickles in one file, Pickler/Unpickler objects.
import io
import os
import pickle
import tempfile

data = {
    "a": [1, 2.0, 3 + 4j],
    "b": ("character string", b"byte string"),
    "c": {None, True, False},
}

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, proto)
    print(proto, len(s), pickle.loads(s) == data)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.compatible_formats)
print(pickle.dumps(data) == pickle.dumps(data, pickle.DEFAULT_PROTOCOL))
print(pickle.dumps(data, -1) == pickle.dumps(data, 5))
print(pickle.dumps([1, "two", 3.0]))
print(pickle.dumps({"key": "value"}, protocol=0))

# dump/load with an in-memory file.
buf = io.BytesIO()
pickle.dump(data, buf)
pickle.dump([1, 2, 3], buf, protocol=2)
pickle.dump("third", buf, 0)
buf.seek(0)
print(pickle.load(buf) == data)
print(pickle.load(buf))
print(pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print("EOFError:", e)

# dump/load with a real file, several pickles of every protocol one after the other.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.pickle")
    with open(path, "wb") as f:
        for proto in range(6):
            pickle.dump((proto, data, "x" * 70000), f, protocol=proto)
    with open(path, "rb") as f:
        for proto in range(6):
            p, d, x = pickle.load(f)
            print("file", p, d == data, len(x), f.tell())
        print(repr(f.read()))
    print(os.path.getsize(path))

# Pickler and Unpickler objects.
buf = io.BytesIO()
pickler = pickle.Pickler(buf, 2)
pickler.dump("first")
pickler.dump(["second"])
print(buf.getvalue())
buf.seek(0)
unpickler = pickle.Unpickler(buf)
print(unpickler.load(), unpickler.load())

# Shared references and cycles survive.
shared = [1, 2]
obj = [shared, shared, {"s": shared}]
copy = pickle.loads(pickle.dumps(obj))
print(copy, copy[0] is copy[1] is copy[2]["s"])
cyc = []
cyc.append(cyc)
back = pickle.loads(pickle.dumps(cyc))
print(back[0] is back)
d = {}
d["me"] = d
print(pickle.loads(pickle.dumps(d, 0))["me"]["me"] is not None)

# bytearray and bytes-like input.
print(pickle.loads(bytearray(pickle.dumps("from bytearray"))))
print(pickle.loads(pickle.dumps(b"\x00\x01")), pickle.loads(pickle.dumps(bytearray(b"ab"), 5)))
