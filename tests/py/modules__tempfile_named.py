# tempfile.NamedTemporaryFile and TemporaryDirectory: removed on close, on exit of the with block, and when the object dies (TemporaryDirectory through weakref.finalize).
import tempfile, os, gc
with tempfile.NamedTemporaryFile("w", delete=True) as f:
    f.write("x")
    print(os.path.exists(f.name))
print(os.path.exists(f.name))
t = tempfile.NamedTemporaryFile(suffix=".bin")
t.write(b"abc"); t.seek(0); print(t.read())
name = t.name
del t
print(os.path.exists(name))
d = tempfile.TemporaryDirectory()
dn = d.name
open(os.path.join(dn, "a.txt"), "w").close()
print(os.path.isdir(dn))
del d
print(os.path.isdir(dn))
with tempfile.TemporaryDirectory() as dd:
    print(os.path.isdir(dd))
print(os.path.isdir(dd))
