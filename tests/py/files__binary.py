# Binary file I/O.
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        f.write(bytes(range(8)))
        f.write(b"\xff\xfe")
    with open(path, "rb") as f:
        data = f.read()
    print(data, len(data), type(data).__name__)
    with open(path, "rb") as f:
        print(f.read(2), f.read(3))
        f.seek(-2, 2)
        print(f.read())
    with open(path, "w", encoding="utf-8") as f:
        f.write("héllo €")
    with open(path, "rb") as f:
        raw = f.read()
    print(raw, len(raw))
    with open(path, encoding="utf-8") as f:
        print(f.read())
finally:
    shutil.rmtree(tmp)
