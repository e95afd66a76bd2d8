# gzip's errors: files that are not gzip, damaged or cut short; misused GzipFile objects; and
# wrong arguments, with CPython's exception types and messages.
import gzip
import io
import os
import struct
import tempfile

# gzip.compress(b"first member\n", mtime=1600000000), written by CPython
MEMBER = b"\x1f\x8b\x08\x00\x00\x10^_\x02\xffK\xcb,*.Q\xc8M\xcdMJ-\xe2\x02\x00\xa7\xf4\x85\n\r\x00\x00\x00"


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r)[:70])


def read_all(data):
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
        return f.read()


def flip(data, pos):
    b = bytearray(data)
    b[pos] ^= 0xFF
    return bytes(b)


bad_crc = MEMBER[:-8] + b"\0\0\0\0" + MEMBER[-4:]
bad_len = MEMBER[:-4] + b"\x07\0\0\0"
for f in (gzip.decompress, read_all):
    print(f.__name__)
    show(f, b"not gzip data")
    show(f, b"\x1f")
    show(f, b"\x1f\x8b\x07" + MEMBER[3:])
    show(f, MEMBER[:5])
    show(f, MEMBER[:12])
    show(f, MEMBER[:-1])
    show(f, MEMBER[:-8])
    show(f, bad_crc)
    show(f, bad_len)
    show(f, MEMBER + b"junk")
    show(f, MEMBER + b"\0\0\0\1")
    show(f, flip(MEMBER, 12))
    show(f, b"\x1f\x8b\x08\x04" + MEMBER[4:10] + b"\x05\x00ab")
    show(f, b"\x1f\x8b\x08\x08" + MEMBER[4:10] + b"no end to the name")

# The trailer is checked when the data after the member is asked for.
f = gzip.GzipFile(fileobj=io.BytesIO(bad_crc))
print(f.read(13))
show(f.read, 1)
f = gzip.GzipFile(fileobj=io.BytesIO(bad_len))
show(f.readline)
show(f.readline)

show(gzip.compress, b"x", mtime=2 ** 32 + 1)
show(gzip.compress, b"x", mtime=-1)
show(gzip.compress, b"x", 10)
show(gzip.compress, "text")
show(gzip.compress, b"x", 9, 5)

# Misused files.
buf = io.BytesIO()
w = gzip.GzipFile(fileobj=buf, mode="wb", mtime=0)
show(w.read)
show(w.read1)
show(w.peek, 1)
show(w.rewind)
show(w.seek, 0, io.SEEK_END)
show(w.write, "text")
show(w.write, 5)
w.write(b"abc")
show(w.seek, 1)
show(w.fileno)
w.close()
show(w.write, b"x")
show(w.flush)
show(w.tell)
with gzip.GzipFile(fileobj=io.BytesIO(MEMBER)) as r:
    show(r.write, b"x")
    show(r.seek, 0, 7)
show(r.read)
show(r.readline)
show(r.__enter__)
show(r.peek, 1)
show(iter, r)

# Modes and arguments.
show(gzip.GzipFile, fileobj=io.BytesIO(), mode="rt")
show(gzip.GzipFile, fileobj=io.BytesIO(), mode="rU")
show(gzip.GzipFile, fileobj=io.BytesIO(), mode="z")
show(gzip.open, io.BytesIO(), "rbt")
show(gzip.open, io.BytesIO(), "rb", encoding="utf-8")
show(gzip.open, io.BytesIO(), "rb", errors="strict")
show(gzip.open, io.BytesIO(), "rb", newline="\n")
show(gzip.open, 123)
show(gzip.open, None)
show(gzip.GzipFile)
with tempfile.TemporaryDirectory() as tmp:
    missing = os.path.join(tmp, "missing.gz")
    try:
        gzip.open(missing)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename == missing)
    plain = os.path.join(tmp, "plain.txt")
    with open(plain, "w") as f:
        f.write("not compressed\n")
    with gzip.open(plain) as f:
        show(f.read)
    with gzip.open(plain, "rt") as f:
        show(f.readline)
    show(gzip.open, os.path.join(tmp, "x.gz"), "wt", encoding="no-such-codec")

import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Named(io.BytesIO):
        mode = "wb"
        name = "named.bin"

    g = gzip.GzipFile(fileobj=Named(), mtime=0)
    print(g.mode, g.name, [(w.category.__name__, str(w.message)) for w in caught])
    print(g.filename, [w.category.__name__ for w in caught][1:])
    g.close()
