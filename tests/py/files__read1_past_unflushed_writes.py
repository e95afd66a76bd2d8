# CPython's BufferedRandom.read1 reads past what was written and not yet flushed, which then
# lands where the read left the position; a text file's readline() reads that way, read()
# flushes first. Reap's files do the same.
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "wb") as f:
    f.write(b"abcdef")
with open(p, "r+b") as f:
    f.write(b"XY")
    print(f.read1(3), f.tell())
print(open(p, "rb").read())
with open(p, "wb") as f:
    f.write(b"abcdef")
with open(p, "r+b") as f:
    f.write(b"XY")
    print(f.read(3), f.tell())
print(open(p, "rb").read())

with open(p, "w") as f:
    f.write("line1\nline2\n")
with open(p, "r+") as f:
    f.write("AB")
    print(repr(f.readline()))
print(repr(open(p).read()))
with open(p, "w") as f:
    f.write("line1\nline2\n")
with open(p, "r+") as f:
    f.write("AB")
    print(repr(f.read()))
print(repr(open(p).read()))
with open(p, "r+") as f:
    f.write("#")
    f.flush()
    print(repr(f.readline()), f.tell())
print(repr(open(p).read()))
shutil.rmtree(d)
