# Details of files as CPython has them: open(fd) owns the descriptor (closing the file closes
# it, so a pipe's reader sees the end), truncate() refuses a negative size and cuts nothing,
# tell() at the end and after readlines(), a byte-order mark written when the encoder is fresh,
# newlines forgotten by a write, readinto() of an array, reconfigure().
import array
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")

for mode, buf in [("wb", 0), ("wb", -1), ("w", -1)]:
    r, w = os.pipe()
    f = open(w, mode, buffering=buf)
    f.close()
    try:
        os.write(w, b"y")
        print(mode, buf, "fd still open")
    except OSError as e:
        print(mode, buf, type(e).__name__, e)
    os.close(r)
r, w = os.pipe()
with open(w, "wb") as f:
    f.write(b"data")
with open(r, "rb") as f:
    print(f.read())
r, w = os.pipe()
with open(w, "w", closefd=False) as f:
    f.write("kept open\n")
os.write(w, b"and more\n")
os.close(w)
with os.fdopen(r) as f:
    print(f.readlines())

for buf in [-1, 0]:
    with open(p, "wb", buffering=buf) as f:
        f.write(b"abc")
        f.flush()
        try:
            print(f.truncate(-1))
        except OSError as e:
            print(type(e).__name__, e)
        print(f.tell(), os.path.getsize(p))

with open(p, "w") as f:
    f.write("abc\ndef\n")
with open(p) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()), f.tell())
    f.seek(f.tell())
    print(repr(f.read()))
with open(p, "wb") as f:
    f.write(b"x" * 20000 + b"a\r")
with open(p) as f:
    f.seek(19000)
    print(len(f.readlines()), f.tell())

with open(p, "w") as f:
    f.write("a\nb\nc\nd\n")
with open(p) as f:
    print(f.readlines(2))
    try:
        print(f.tell())
    except OSError as e:
        print(type(e).__name__, e)
with open(p) as f:
    next(f)
    f.readlines()
    print(f.tell())
with open(p) as f:
    for line in f:
        break
    f.seek(0)
    print(f.tell())

with open(p, "w", encoding="utf-16") as f:
    f.write("x")
with open(p, "r+", encoding="utf-16") as f:
    f.read()
    f.write("z")
print(open(p, "rb").read())
with open(p, "a", encoding="utf-16") as f:
    f.write("q")
print(open(p, "rb").read())

with open(p, "wb") as f:
    f.write(b"a\r\nb\n")
with open(p, "r+") as f:
    f.read()
    print(f.newlines)
    f.seek(0)
    print(f.newlines)
    f.read()
    f.write("x")
    print(f.newlines)

a = array.array("b", [0] * 4)
with open(p, "rb") as f:
    print(f.readinto(a), a.tobytes())

with open(p, "wb") as f:
    f.write("é\r\nx\n".encode("latin-1"))
f = open(p, encoding="utf-8")
f.reconfigure(encoding="latin-1", newline="")
print(repr(f.read()), f.encoding, f.errors, f.write_through, f.line_buffering)
f.reconfigure(line_buffering=True, write_through=True)
print(f.line_buffering, f.write_through)
for bad in [{"encoding": 5}, {"newline": "x"}]:
    try:
        f.reconfigure(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
f.close()
with open(p, "w") as f:
    f.write("one\ntwo\n")
with open(p) as f:
    f.readline()
    try:
        f.reconfigure(encoding="ascii")
    except OSError as e:
        print(type(e).__name__, e)
with open(p, "w") as g:
    g.reconfigure(encoding="utf-16")
    g.write("ab")
print(open(p, "rb").read())
shutil.rmtree(d)
