# A binary file opened for reading has BufferedReader's read1, peek, readinto and readinto1,
# as CPython's: hashlib.file_digest and code that fills a preallocated buffer use them.
import hashlib
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb") as f:
    f.write(bytes(range(20)))

with open(path, "rb") as f:
    print(f.read1(3), f.read1(), f.read1())
with open(path, "rb") as f:
    f.read(2)
    print(f.peek(1)[:4], f.tell(), f.peek()[:2], f.read(1))
    buf = bytearray(5)
    print(f.readinto(buf), buf, f.tell())
    view = memoryview(bytearray(4))
    print(f.readinto1(view), bytes(view))
    big = bytearray(100)
    print(f.readinto(big), big[:10], f.readinto(bytearray(3)), f.peek())
with open(path, "rb") as f:
    for bad in (lambda: f.readinto(b"xx"), lambda: f.readinto(), lambda: f.read1(x=1), lambda: f.peek("a"),
                lambda: f.readinto(memoryview(b"ab"))):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
with open(path, "rb") as f:
    print(hashlib.file_digest(f, "sha256").hexdigest()[:16])
print([hasattr(open(path, m), "read1") for m in ("rb", "r")])
os.remove(path)
