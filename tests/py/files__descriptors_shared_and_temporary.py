# open(fd) shares the descriptor's position and flags (O_APPEND), as CPython's uses the
# descriptor itself; tempfile.TemporaryFile is an unlinked file object named by its number.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
os.write(fd, b"first\n")
with open(fd, "w", closefd=False) as f:
    f.write("second\n")
os.write(fd, b"third\n")
os.close(fd)
print(open(p).read())
fd = os.open(p, os.O_RDONLY)
f = os.fdopen(fd)
print(repr(f.readline()))
f.close()
fd = os.open(p, os.O_RDWR)
os.lseek(fd, 6, 0)
with open(fd, "r+", closefd=False) as f:
    print(repr(f.read(6)), f.tell())
    f.seek(0)
    f.write("FIRST")
os.close(fd)
print(open(p).read())
import tempfile
with tempfile.TemporaryFile() as t:
    print(type(t).__name__, isinstance(t.name, int), t.mode)
    t.write(b"abc")
    t.seek(1)
    print(t.read(), t.tell())
with tempfile.TemporaryFile("w+", newline="") as t:
    t.write("x\r\ny")
    t.seek(0)
    print(repr(t.read()), t.mode)
import shutil
shutil.rmtree(d)
