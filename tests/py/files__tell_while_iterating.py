# A text file's tell() while next() iterates it: refused, also by seek(0, 1); flush() and
# seek() let it work again, from where the buffer is, as in CPython.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w") as f:
    f.write("".join("line %d\n" % i for i in range(3000)))
with open(p) as f:
    for line in f:
        if line == "line 5\n":
            break
    try:
        f.tell()
    except OSError as e:
        print("after break:", e)
    print(repr(f.readline()))
    f.flush()
    print("after flush:", f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    for line in f:
        pass
    print("after the loop:", f.tell())
with open(p) as f:
    next(f)
    try:
        f.seek(0, 1)
    except OSError as e:
        print("seek cur:", e)
    try:
        f.tell()
    except OSError as e:
        print("still:", e)
import shutil
shutil.rmtree(d)
