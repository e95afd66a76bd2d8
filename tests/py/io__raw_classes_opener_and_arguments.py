# io's classes for raw streams written in Python (RawIOBase's read/readall from readinto, a
# BufferedWriter that writes again what a raw stream took only part of), open()'s opener and
# argument checks, the binary line-buffering warning, bytes paths, os.truncate, io.open_code.
import io
import os
import shutil
import stat
import tempfile
import warnings

d = tempfile.mkdtemp()
p = os.path.join(d, "f")


class Half(io.RawIOBase):
    def __init__(self):
        self.out = bytearray()

    def writable(self):
        return True

    def write(self, b):
        n = max(1, len(b) // 2)
        self.out += bytes(b[:n])
        return n


h = Half()
bw = io.BufferedWriter(h, buffer_size=4)
bw.write(b"0123456789")
bw.flush()
print(bytes(h.out))

print([m for m in ["read", "readall", "readinto", "write", "seek", "tell", "truncate", "fileno",
                   "readline"] if not hasattr(io.RawIOBase(), m)])


class R(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(R(b"xyzabcdefg").read(5), R(b"xyzabcdefg").readall(), R(b"ab\ncd").readline())
print(io.BufferedReader(R(b"hello world")).read())
for name in ["seek", "truncate", "write", "read"]:
    try:
        getattr(io.RawIOBase(), name)(0)
    except (io.UnsupportedOperation, NotImplementedError) as e:
        print(name, type(e).__name__, e)


class NoneRaw(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, b):
        return None


print(NoneRaw().read(4), io.BufferedReader(NoneRaw()).read(5))

with open(p, "wb") as f:
    f.write(b"abcdef")
with open(p, "rb") as f:
    for n in [-5, -2]:
        try:
            print(len(f.read(n)))
        except ValueError as e:
            print(type(e).__name__, e)
with open(p, "rb", buffering=0) as f:
    print(f.read(-5))
with open(p) as f:
    print(f.read(-7))

for args, kw in [((p, "rb"), {"buffering": "x"}), ((p, "r"), {"encoding": 5}),
                 ((p, "r"), {"errors": 1.5}), ((p, 5), {}), ((3.5,), {})]:
    try:
        open(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    open(p, "wb", buffering=1).close()
    print([(x.category.__name__, str(x.message)) for x in w])

calls = []


def opener(path, flags):
    calls.append((os.path.basename(path), flags & os.O_ACCMODE, bool(flags & os.O_CREAT),
                  bool(flags & os.O_TRUNC), bool(flags & os.O_APPEND)))
    return os.open(path, flags, 0o600)


for mode in ["w", "a", "r", "r+", "xb"]:
    target = p if mode != "xb" else p + ".new"
    with open(target, mode, opener=opener) as f:
        if f.writable():
            f.write("hi\n" if "b" not in mode else b"x")
        print(mode, f.name == target, type(f).__name__)
print(calls, oct(stat.S_IMODE(os.stat(p + ".new").st_mode)))
print(open(p).read())
for bad in [lambda path, flags: -1, lambda path, flags: "3"]:
    try:
        open(p, opener=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

os.chdir(d)
print(repr(open(b"f").name), repr(open(b"f", "rb").name), repr(open(b"f")).split(" mode")[0])
os.truncate(p, 2)
print(open(p, "rb").read())
fd = os.open(p, os.O_RDWR)
os.truncate(fd, 1)
os.close(fd)
print(open(p, "rb").read())
with io.open_code(p) as f:
    print(type(f).__name__, f.read())
try:
    io.open_code(b"f")
except TypeError as e:
    print(type(e).__name__, e)
os.chdir("/")
shutil.rmtree(d)
