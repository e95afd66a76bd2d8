# What builtins check of the methods they call and of their arguments: __int__/__float__ and
# __format__ results, ints too large for float formats, fromkeys keywords, sum of bytes,
# iter's callable, and nonlocal names that nothing binds.


class A:
    def __int__(self):
        return 3.5


class B:
    def __float__(self):
        return 1


class Ok:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


for f in (lambda: int(A()), lambda: float(B()), lambda: (int(Ok()), float(Ok()))):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class Fm:
    def __format__(self, spec):
        return 5


for f in (lambda: format(Fm()), lambda: f"{Fm()}", lambda: "{}".format(Fm())):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
for spec in (".2e", "f", "g", "%", "d", ","):
    try:
        print(spec, format(10**400, spec)[:12])
    except OverflowError as e:
        print(spec, "OverflowError:", e)
print(format(10**20, ".3e"), format(2**70, "g"))
for f in (lambda: dict.fromkeys("ab", value=0), lambda: sum([b"a", b"b"], b""),
          lambda: sum([bytearray(b"a")], bytearray()), lambda: iter([1, 2], None)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(dict.fromkeys("ab", 0), sum([[1], [2]], []), list(iter(iter([1, 2, None, 3]).__next__, None)))

src = "def f():\n    def g():\n        nonlocal q\n        q = 1\n    return g\n"
try:
    compile(src, "nl.py", "exec")
except SyntaxError as e:
    print(e, e.lineno, e.offset)
print(compile("def f():\n    q = 0\n    class C:\n        def m(self):\n            nonlocal q\n            q = 1\n", "ok.py", "exec") is not None)
