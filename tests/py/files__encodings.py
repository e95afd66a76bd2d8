# open() with an encoding and an error handler: files are encoded and decoded as CPython does it, and a
# file that cannot be decoded fails at its first read.

import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", encoding="latin-1") as f:
    f.write("caf\u00e9\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(p) as f:
        print("opened")
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(p, errors="replace") as f:
    print(repr(f.read()))
with open(p, "w", encoding="utf-16") as f:
    f.write("hi \u20ac")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-16") as f:
    print(f.read())
with open(p, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("na\u00efve")
print(open(p, "rb").read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("ok ")
        f.write("\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
for bad in [dict(encoding="nope"), dict(mode="rb", encoding="utf-8"), dict(mode="wb", errors="strict")]:
    try:
        open(p, **bad)
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)
with open(p, "w+", encoding="latin-1") as f:
    f.write("\u00e0 la carte")
    f.seek(0)
    print(f.read())
print(open(p, "rb").read())
os.remove(p)
os.rmdir(d)
