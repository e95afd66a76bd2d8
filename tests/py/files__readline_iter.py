# readline, readlines and iterating over a file.
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "lines.txt")
    with open(path, "w") as f:
        f.writelines(["alpha\n", "beta\n", "gamma\n", "delta"])
    with open(path) as f:
        print(repr(f.readline()))
        print(repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()))
    with open(path) as f:
        for i, line in enumerate(f):
            print(i, line.rstrip("\n"))
    with open(path) as f:
        print([line.upper().strip() for line in f if "a" in line])
    with open(path) as f:
        print(repr(f.read(3)), repr(f.read(4)))
        print(f.tell())
        f.seek(0)
        print(repr(f.read(5)))
finally:
    shutil.rmtree(tmp)
