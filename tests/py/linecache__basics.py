# linecache: source lines by file name and number, cached until checkcache sees a change.
import linecache
import os
import tempfile

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 2)))
print(repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 10 ** 6)))
lines = linecache.getlines(__file__)
print(len(lines) > 10, lines[0] == linecache.getline(__file__, 1))
print(repr(linecache.getline("/no/such/file.py", 1)), linecache.getlines("/no/such/file.py"))
print(linecache.getlines("<stdin>"), repr(linecache.getline("", 1)))

folder = tempfile.mkdtemp()
path = os.path.join(folder, "settings.py")
with open(path, "w", encoding="utf-8") as f:
    f.write("DEBUG = True\r\nNAME = 'café'\n\nLAST = 1")
print(linecache.getlines(path))
print(repr(linecache.getline(path, 4)), repr(linecache.getline(path, 5)))

with open(path, "w", encoding="utf-8") as f:
    f.write("DEBUG = False\n")
print(repr(linecache.getline(path, 1)))  # still the cached text
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))  # read again: the size changed
os.remove(path)
linecache.checkcache()
print(repr(linecache.getline(path, 1)))
linecache.clearcache()
print(repr(linecache.getline(path, 1)))

with open(path, "w", encoding="utf-8") as f:
    f.write("# -*- coding: latin-1 -*-\nX = 1\n")
print(linecache.getlines(path))
os.remove(path)
os.rmdir(folder)
