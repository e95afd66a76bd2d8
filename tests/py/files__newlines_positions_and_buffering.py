# Files opened with open(): the newline argument on reading and writing, tell() and seek()
# on files opened for writing or appending, readline(size), path-like names, and data
# written to a file that is dropped without close() (flushed, as CPython's deallocated files).
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\n")
    with open(p, "rb") as f:
        print("write", repr(nl), f.read())
try:
    open(p, newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    open(p, "rb", newline="")
except ValueError as e:
    print("ValueError", e)

f = open(p, "w")
print(f.tell(), f.write("abcdef"), f.tell())
f.seek(2)
f.write("Z")
print(f.tell())
f.close()
print(open(p).read())
f = open(p, "a")
print("append starts at", f.tell(), f.seek(0, 2))
f.write("gh")
print(f.tell())
f.close()
print(open(p).read())

with open(p, "w") as f:
    f.write("first line\nsecond\n")
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline(100)), repr(f.readline(-1)), repr(f.readline()))
with open(p, "rb") as f:
    print(f.readline(4), f.readline())


class Where:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


with open(Where(p)) as f:
    print("path-like", f.read(5))
with open(os.fsencode(p) if hasattr(os, "fsencode") else p.encode()) as f:
    print("bytes path", f.read(5))


def write_and_drop(mode):
    f = open(p, mode)
    f.write("J")


with open(p, "w") as f:
    f.write("hello")
write_and_drop("r+")
print(open(p).read())
write_and_drop("w")
print(open(p).read())
write_and_drop("a")
print(open(p).read())

big = os.path.join(d, "big.txt")
with open(big, "w") as f:
    for i in range(20000):
        f.write("line %d\n" % i)
    print("before close", f.tell())
with open(big) as f:
    lines = f.readlines()
print(len(lines), lines[-1])
os.remove(big)
os.remove(p)
os.rmdir(d)
