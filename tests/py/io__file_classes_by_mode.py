# The class of a file open() returns depends on its mode, as CPython's: text files are
# TextIOWrapper, binary ones BufferedReader, BufferedWriter or BufferedRandom, unbuffered
# binary ones FileIO; io's classes know them all.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.bin")
with open(p, "wb") as f:
    f.write(b"hello world\n")

for mode, kw in [("r", {}), ("w", {}), ("rb", {}), ("wb", {}), ("ab", {}), ("r+b", {}),
                 ("w+b", {}), ("a+b", {}), ("rb", {"buffering": 0}), ("r+b", {"buffering": 0}),
                 ("ab", {"buffering": 0})]:
    with open(p, mode, **kw) as f:
        t = type(f)
        print(mode, kw, t.__name__, t.__module__, repr(f).replace(repr(p), "P"),
              isinstance(f, io.RawIOBase), isinstance(f, io.BufferedIOBase),
              isinstance(f, io.TextIOBase), isinstance(f, io.BufferedRandom),
              isinstance(f, io.FileIO), f.readable(), f.writable())

with open(p, "rb", buffering=0) as f:
    print(f.read(5), f.readall(), f.read())
    f.seek(0)
    b = bytearray(4)
    print(f.readinto(b), b, f.tell())
with open(p, "r+b") as f:
    print(f.peek(1)[:5], f.read1(3))
    f.write(b"P")
    f.seek(0)
    print(f.read())
print(sorted(n for n in dir(io) if n.startswith(("Buffered", "File", "Raw", "Text"))))
import shutil
shutil.rmtree(d)
