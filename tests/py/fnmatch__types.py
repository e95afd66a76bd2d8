# bytes patterns, path-like objects and errors.
import fnmatch

print(fnmatch.fnmatch(b"data.bin", b"*.bin"), fnmatch.fnmatchcase(b"\xffx", b"\xff?"))
print(fnmatch.filter([b"a.c", b"b.h", b"c.c"], b"*.c"))
print(fnmatch.fnmatch(b"\xe9t\xe9", b"[\xe0-\xff]*"))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(fnmatch.fnmatch(P("notes.txt"), "*.txt"), fnmatch.fnmatch("x.txt", P("*.txt")))
print(fnmatch.filter(["a.txt", "b.md"], P("*.txt")))

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(fnmatch.fnmatch, 1, "*")
attempt(fnmatch.fnmatch, "a", None)
attempt(fnmatch.fnmatch, "a", b"a")
attempt(fnmatch.fnmatch, b"a", "a")
attempt(fnmatch.fnmatchcase, 1, "*")
attempt(fnmatch.fnmatchcase, "a", 1)
attempt(fnmatch.filter, ["a", 2], "*")
attempt(fnmatch.filter, ["a"], 3)
attempt(fnmatch.filter, [P("a")], "*")
attempt(fnmatch.translate, 5)
print(sorted(fnmatch.__all__))
