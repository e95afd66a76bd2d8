# Files are read a buffer at a time, as CPython's: a device or a pipe is never read whole,
# a read-write file writes where its buffers leave it, and a text file's tell() is a byte
# position that seek() takes back.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt")

# A device that never ends: a few bytes of it.
with open("/dev/urandom", "rb") as f:
    print(len(f.read(16)), len(f.read1(5)) <= 5, f.readable(), f.seekable())

# A pipe whose writer is still open: a line comes as soon as it is there.
r, w = os.pipe()
os.write(w, b"hello\nworld\n")
with open(r, "rb") as p:
    print(p.readline(), p.peek()[:6])
    print(p.readline())
os.close(w)

# A text file over a pipe.
r, w = os.pipe()
os.write(w, "première ligne\nsecond\n".encode())
with open(r, encoding="utf-8") as p:
    print(repr(p.readline()), p.seekable())
    try:
        p.tell()
    except OSError as e:
        print(type(e).__name__, e)
os.close(w)

# Read-write text: a write after a read goes where the read-ahead left the file.
with open(path, "w") as f:
    f.write("line1\nline2\nline3\n")
with open(path, "r+") as f:
    print(repr(f.readline()), f.tell())
    f.write("X")
with open(path) as f:
    print(repr(f.read()))

# After a seek to tell(), the write lands at the line read.
with open(path, "r+") as f:
    f.readline()
    f.seek(f.tell())
    f.write("LINE2")
with open(path) as f:
    print(repr(f.read()))

# w+: what was written reads back with its line endings translated.
with open(path, "w+") as f:
    f.write("hello\r\nworld\rend\n")
    f.seek(0)
    print(repr(f.read()), f.newlines, f.tell())
with open(path, "rb") as f:
    print(f.read())
with open(path, newline="") as f:
    print([f.readline() for _ in range(4)], f.newlines)

# Larger than a chunk: lines, positions, multibyte characters across chunk boundaries.
lines = ["%05d " % i + "é" * (i % 7) + "€" * (i % 3) + "\n" for i in range(3000)]
with open(path, "w", encoding="utf-8") as f:
    f.writelines(lines)
print(os.path.getsize(path))
with open(path, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        if len(marks) < 2000 and line.startswith(("00999", "01500", "02999", "00100")):
            marks.append((pos, line))
    print(marks[0][0], marks[-1][0], len(marks))
    for pos, line in marks:
        f.seek(pos)
        assert f.readline() == line, (pos, line)
    print("seek(tell()) round trips")
    f.seek(0)
    print(len(f.read(5000)), f.tell(), repr(f.read(3)))
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))

with open(path, encoding="utf-8") as f:
    count = sum(1 for _ in f)
    print(count)
    try:
        f.tell()
        print("tell after the end")
    except OSError as e:
        print(e)
with open(path, encoding="utf-8") as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    print(repr(f.readline()))

# CRLF line endings that straddle a chunk boundary.
with open(path, "wb") as f:
    f.write(b"a" * 8191 + b"\r\n" + b"b\r\n" * 3)
with open(path) as f:
    ls = f.readlines()
    print(len(ls), len(ls[0]), ls[1:], f.newlines)
with open(path, newline="\r\n") as f:
    print([len(x) for x in f])
with open(path, newline="") as f:
    first = f.readline()
    print(len(first), repr(first[-3:]), f.tell())

# Read-write on a file larger than a chunk: a write after readline lands past the first chunk.
with open(path, "w") as f:
    f.write("".join("row %04d\n" % i for i in range(2000)))
with open(path, "r+") as f:
    print(repr(f.readline()), f.tell())
    f.write("!")
    print(f.tell())
with open(path) as f:
    data = f.read()
    print(data.index("!"), repr(data[8180:8200]))

# Binary read-write: writes go to the position.
with open(path, "wb") as f:
    f.write(bytes(range(256)) * 64)
with open(path, "r+b") as f:
    print(f.read(10)[-3:], f.tell())
    f.write(b"XYZ")
    print(f.tell(), f.read(3), f.peek(2)[:2])
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(5)
    print(f.read1(4), f.readline()[:4], f.tell())
    f.truncate(100)
    print(f.tell(), os.path.getsize(path))
with open(path, "rb") as f:
    print(f.read()[8:16])

# UTF-16: the byte-order mark is read at the start only.
with open(path, "w", encoding="utf-16") as f:
    for i in range(1500):
        f.write("ligne %d ☃\n" % i)
with open(path, encoding="utf-16") as f:
    ls = f.readlines()
    print(len(ls), repr(ls[0]), repr(ls[-1]))
    f.seek(0)
    f.readline()
    p = f.tell()
    second = f.readline()
    f.seek(p)
    print(p, repr(second), f.readline() == second)

# readlines with a hint, read in steps.
with open(path, "w") as f:
    f.write("ab\ncd\nef\ngh\n")
with open(path) as f:
    print(f.readlines(4), f.read(2), f.readline(1), f.readline(), f.read(100))
with open(path, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(5)))
    f.write("ij\n")
    f.seek(0)
    print(repr(f.read()))

# An incomplete character at the end is an error when it is read.
with open(path, "wb") as f:
    f.write("abc€".encode()[:-1])
with open(path, encoding="utf-8") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e.reason, e.start, e.end)
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))

import shutil
shutil.rmtree(d)
