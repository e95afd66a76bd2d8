# The with statement closes files, even on error.
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "f.txt")
    with open(path, "w") as f:
        print("closed inside:", f.closed)
        f.write("x")
    print("closed after:", f.closed)
    try:
        with open(path) as g:
            raise RuntimeError("fail while open")
    except RuntimeError as e:
        print("error:", e, "closed:", g.closed)
    try:
        f.write("more")
    except ValueError as e:
        print("ValueError:", e)
    print(f.mode, g.mode, f.name == path)
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError errno:", e.errno)
finally:
    shutil.rmtree(tmp)
