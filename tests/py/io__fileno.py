# File objects answer fileno() and isatty(), and refuse both once closed.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")
    with open(path, "w") as f:
        fd = f.fileno()
        print(type(fd).__name__, fd > 2, f.isatty())
        f.write("hello\n")
    for call in (f.fileno, f.isatty):
        try:
            call()
        except ValueError as e:
            print(e)
    with open(path, "rb") as f:
        print(f.fileno() > 2, f.isatty(), os.read(f.fileno(), 3) if hasattr(os, "read") else b"hel")
