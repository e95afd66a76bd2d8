# A file's byte layer as an object: a text file's buffer, a buffered file's raw, and detach(),
# which leaves the file unusable, as CPython's.
import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("text ")
    f.flush()
    b = f.buffer
    print(type(b).__name__, repr(b).replace(repr(p), "P"), b.mode, b.name == p, b.closed)
    b.write(b"bytes\n")
    r = b.raw
    print(type(r).__name__, repr(r).replace(repr(p), "P"), r.mode)
print(open(p).read())
with open(p, "rb") as f:
    print(type(f.raw).__name__, f.raw.mode, f.read(4))
with open(p) as f:
    print(f.buffer.read(), repr(f.read()))
f = open(p, "r+")
b = f.detach()
print(type(b).__name__, b.read())
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
b.close()
g = open(p, "rb")
raw = g.detach()
print(type(raw).__name__, raw.read(3))
try:
    g.read()
except ValueError as e:
    print("ValueError", e)
raw.close()
print(hasattr(open(p, "rb", buffering=0), "detach"))
import shutil
shutil.rmtree(d)
