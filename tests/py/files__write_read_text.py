# Writing and reading a text file in a temporary directory.
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "notes.txt")
    f = open(path, "w")
    n = f.write("first line\nsecond line\n")
    f.write("third")
    f.close()
    print("wrote", n, "chars; closed:", f.closed)
    f = open(path)
    print(repr(f.read()))
    f.close()
    with open(path, "a") as f:
        f.write(" and more\n")
    with open(path) as f:
        print(f.read(), end="")
    print(os.path.exists(path), os.path.getsize(path))
    print(sorted(os.listdir(tmp)))
finally:
    shutil.rmtree(tmp)
print("exists after cleanup:", os.path.exists(tmp))
