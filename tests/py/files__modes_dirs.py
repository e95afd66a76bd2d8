# File modes, os functions and directories inside a temporary directory.
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    sub = os.path.join(tmp, "sub")
    os.mkdir(sub)
    for name in ["b.txt", "a.txt", "c.log"]:
        with open(os.path.join(sub, name), "w") as f:
            f.write(name * 2)
    print(sorted(os.listdir(sub)))
    print(sorted(n for n in os.listdir(sub) if n.endswith(".txt")))
    print(os.path.isdir(sub), os.path.isfile(sub))
    p = os.path.join(sub, "a.txt")
    with open(p, "r+") as f:
        f.write("A")
        f.seek(0)
        print(f.read())
    with open(p, "w") as f:
        f.write("truncated")
    with open(p) as f:
        print(f.read())
    os.rename(p, os.path.join(sub, "z.txt"))
    os.remove(os.path.join(sub, "b.txt"))
    print(sorted(os.listdir(sub)))
    try:
        open(os.path.join(sub, "c.log"), "x")
    except FileExistsError as e:
        print("mode x refused:", type(e).__name__, e.errno == 17)
finally:
    shutil.rmtree(tmp)
print(os.path.exists(tmp))
