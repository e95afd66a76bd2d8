# The bytes and bytearray methods that mirror str's, on bytes with ASCII semantics: split and
# rsplit, splitlines, strip family, partition, replace, count, startswith/endswith, join,
# justify, zfill, expandtabs, translate and maketrans, with CPython's argument errors.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(sorted(m for m in dir(bytes) if not m.startswith("_")))
print(sorted(m for m in dir(bytearray) if not m.startswith("_")))
for B in (bytes, bytearray):
    b = B(b"  a\xa0b  c\x85d\t\ne  ")
    print(B.__name__)
    print(b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2))
    print(B(b"a,b,,c").split(b","), B(b"a,b,,c").rsplit(b",", 1), B(b"a,b,,c").split(bytearray(b","), 2))
    print(b.strip(), b.lstrip(), b.rstrip(), B(b"xxaxx").strip(b"x"), B(b"xyaxy").lstrip(b"yx"),
          B(b"xyaxy").rstrip(bytearray(b"yx")), b.strip(None))
    print(B(b"a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h").splitlines(), B(b"a\nb\r\n").splitlines(True),
          B(b"").splitlines(), B(b"x\n").splitlines(keepends=True))
    print(B(b"a=b=c").partition(b"="), B(b"a=b=c").rpartition(b"="), B(b"abc").partition(b"x"),
          B(b"abc").rpartition(b"x"))
    print(B(b"aaa").replace(b"a", b"bb"), B(b"aaa").replace(b"a", b"", 2), B(b"ab").replace(b"", b"-"),
          B(b"ab").replace(b"", b"-", 2), B(b"aaa").replace(b"a", b"b", -1))
    print(B(b"abcabc").count(b"bc"), B(b"abcabc").count(98), B(b"abcabc").count(b"c", 3),
          B(b"abcabc").count(b""), B(b"abcabc").count(b"a", -3, -1))
    print(B(b"hello").startswith(b"he"), B(b"hello").startswith((b"x", bytearray(b"h"))),
          B(b"hello").endswith(b"lo", 1, 5), B(b"hello").endswith((b"x",)), B(b"hello").startswith(b"l", 2))
    print(B(b"-").join([b"a", bytearray(b"b"), B(b"c")]), B(b"").join([]), B(b", ").join(iter([b"x"])))
    print(B(b"ab").center(7), B(b"ab").center(7, b"*"), B(b"ab").ljust(5, bytearray(b".")),
          B(b"ab").rjust(5), B(b"ab").center(1), B(b"abc").center(6, b"-"))
    print(B(b"42").zfill(5), B(b"-42").zfill(5), B(b"+x").zfill(4), B(b"").zfill(2), B(b"abc").zfill(1))
    print(B(b"a\tbc\tdef\tg\n\th").expandtabs(), B(b"a\tb").expandtabs(4), B(b"a\tb").expandtabs(tabsize=0))
    t = bytes.maketrans(b"abc", b"xyz")
    print(len(t), t[97:100], B(b"aabbcc!").translate(t), B(b"aabbcc").translate(t, b"b"),
          B(b"abc").translate(None, b"a"), B(b"abc").translate(None, delete=b"ac"))
    print(B.maketrans(b"a", b"b")[97], bytearray.maketrans(bytearray(b"q"), b"r")[113])
    print(type(B(b"a").strip()).__name__, type(B(b"a").split()[0]).__name__, type(B(b"a").zfill(3)).__name__,
          type(B(b"a").partition(b"a")[0]).__name__, type(B(b"a").replace(b"a", b"b")).__name__,
          type(B(b"a").join([])).__name__, type(B(b"ab").translate(None)).__name__)
    print(B(b"abc").decode(), B(b"caf\xc3\xa9").decode("utf-8"), B(b"\xff").decode("latin-1"))
    print(B(b"abc").find(b"c"), B(b"abc").find(99), B(b"abc").rfind(b"a"), B(b"abc").index(b"b"))

attempt("b.split('x')", lambda: b"a".split("x"))
attempt("b.split(b'')", lambda: b"a".split(b""))
attempt("b.rsplit(b'')", lambda: b"a".rsplit(b""))
attempt("b.split(1)", lambda: b"a".split(1))
attempt("b.split(b'a', 'x')", lambda: b"a".split(b"a", "x"))
attempt("b.strip('x')", lambda: b"a".strip("x"))
attempt("b.lstrip(1)", lambda: b"a".lstrip(1))
attempt("b.rstrip(b'a', b'b')", lambda: b"a".rstrip(b"a", b"b"))
attempt("b.partition('x')", lambda: b"a".partition("x"))
attempt("b.partition(b'')", lambda: b"a".partition(b""))
attempt("b.rpartition(b'')", lambda: b"a".rpartition(b""))
attempt("b.replace('a', b'b')", lambda: b"a".replace("a", b"b"))
attempt("b.replace(b'a', 'b')", lambda: b"a".replace(b"a", "b"))
attempt("b.replace(b'a')", lambda: b"a".replace(b"a"))
attempt("b.count('a')", lambda: b"a".count("a"))
attempt("b.count(256)", lambda: b"a".count(256))
attempt("b.count()", lambda: b"a".count())
attempt("b.startswith('a')", lambda: b"a".startswith("a"))
attempt("b.startswith(('a',))", lambda: b"a".startswith(("a",)))
attempt("b.endswith(1)", lambda: b"a".endswith(1))
attempt("b.join(['a'])", lambda: b"-".join([b"x", "a"]))
attempt("b.join(1)", lambda: b"-".join(1))
attempt("b.center(5, 'x')", lambda: b"a".center(5, "x"))
attempt("b.center(5, b'xy')", lambda: b"a".center(5, b"xy"))
attempt("b.ljust('x')", lambda: b"a".ljust("x"))
attempt("b.rjust()", lambda: b"a".rjust())
attempt("b.zfill()", lambda: b"a".zfill())
attempt("b.expandtabs('x')", lambda: b"a".expandtabs("x"))
attempt("b.translate('x')", lambda: b"a".translate("x"))
attempt("b.translate(b'short')", lambda: b"a".translate(b"short"))
attempt("b.translate(None, 'a')", lambda: b"a".translate(None, "a"))
attempt("bytes.maketrans(b'ab', b'c')", lambda: bytes.maketrans(b"ab", b"c"))
attempt("bytes.maketrans('a', 'b')", lambda: bytes.maketrans("a", "b"))
attempt("b.splitlines('x')", lambda: b"a".splitlines("x"))
attempt("b.decode(1)", lambda: b"a".decode(1))
attempt("b.removeprefix('a')", lambda: b"a".removeprefix("a"))
