# os.path functions on fixed strings.
import os.path
import os

print(os.path.join("a", "b", "c.txt"))
print(os.path.join("/base", "x"), os.path.join("a", "/abs", "b"))
print(os.path.split("/usr/lib/file.tar.gz"))
print(os.path.splitext("/usr/lib/file.tar.gz"), os.path.splitext("noext"))
print(os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"))
print(os.path.normpath("a/./b/../c//d"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.basename("/a/b/"), repr(os.path.dirname("file")))
print(os.sep, os.path.sep, os.curdir, os.pardir)
print(os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.splitext(".bashrc"))
