# A text file in a byte-order-marked encoding starts with one mark, however many writes
# made it, and appending to a file that has text adds none.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "notes.txt")
for encoding in ["utf-16", "utf-32", "utf_16", "UTF16", "U32", "utf-16-le", "utf-8-sig", "utf-8"]:
    with open(path, "w", encoding=encoding) as f:
        f.write("ab")
        f.write("cd")
        print("spam", file=f)
    with open(path, "a", encoding=encoding) as f:
        f.write("ef")
    with open(path, "rb") as f:
        print(encoding, f.read())
    with open(path, encoding=encoding) as f:
        print(repr(f.read()))

# Appending to an empty file: the mark comes first.
open(path, "w").close()
with open(path, "a", encoding="utf-16") as f:
    f.write("x")
with open(path, "rb") as f:
    print(f.read())

# utf-8-sig drops the mark it finds, from files and bytes alike.
print("text".encode("utf-8-sig"))
print(b"\xef\xbb\xbftext".decode("utf-8-sig"), b"text".decode("UTF_8_SIG"))
print(repr(b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig")))
print(b"\xef\xbb\xbfab\xff".decode("utf-8-sig", "replace"))
try:
    b"\xef\xbb\xbfab\xff".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(e)
    print(e.encoding, e.object, e.start, e.end, e.reason)
os.remove(path)
os.rmdir(folder)
