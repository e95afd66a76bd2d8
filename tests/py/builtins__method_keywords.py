# The builtin types' methods take their arguments by position, except the few CPython gives
# keywords (str.split, bytes.hex, list.sort, dict.update, int.to_bytes...).


def attempt(label, make):
    try:
        print(label, "->", repr(make()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


attempt("str.strip(chars=)", lambda: "xabcx".strip(chars="x"))
attempt("str.find(sub=)", lambda: "abc".find(sub="b"))
attempt("str.replace(old=, new=)", lambda: "abc".replace(old="a", new="b"))
attempt("str.upper(x=)", lambda: "abc".upper(x=1))
attempt("str.join(iterable=)", lambda: ",".join(iterable=["a"]))
attempt("str.startswith(prefix=)", lambda: "abc".startswith(prefix="a"))
attempt("str.center(width=)", lambda: "a".center(width=3))
attempt("str.split(sep=, maxsplit=)", lambda: "a b c".split(sep=None, maxsplit=1))
attempt("str.rsplit(maxsplit=)", lambda: "a b c".rsplit(maxsplit=1))
attempt("str.splitlines(keepends=)", lambda: "a\nb".splitlines(keepends=True))
attempt("str.encode(encoding=, errors=)", lambda: "é".encode(encoding="ascii", errors="replace"))
attempt("str.expandtabs(tabsize=)", lambda: "a\tb".expandtabs(tabsize=4))
attempt("str.format(**)", lambda: "{x}".format(x=1))
attempt("bytes.hex(sep=)", lambda: b"abc".hex(sep=":", bytes_per_sep=1))
attempt("bytes.decode(errors=)", lambda: b"\xff".decode(errors="replace"))
attempt("bytes.translate(delete=)", lambda: b"abc".translate(None, delete=b"b"))
attempt("bytes.split(sep=)", lambda: b"a,b".split(sep=b","))
attempt("bytes.strip(bytes=)", lambda: b"xax".strip(bytes=b"x"))
attempt("bytes.count(sub=)", lambda: b"aa".count(sub=b"a"))
attempt("bytearray.append(item=)", lambda: bytearray().append(item=1))
attempt("bytearray.hex(sep=)", lambda: bytearray(b"ab").hex(sep="-"))
attempt("list.sort(key=, reverse=)", lambda: sorted([3, 1, 2], key=None, reverse=True))
attempt("list.append(object=)", lambda: [].append(object=1))
attempt("list.index(value=)", lambda: [1].index(value=1))
attempt("list.pop(index=)", lambda: [1].pop(index=0))
attempt("tuple.count(value=)", lambda: (1,).count(value=1))
attempt("dict.get(key=)", lambda: {}.get(key=1))
attempt("dict.pop(key=)", lambda: {1: 2}.pop(key=1))
attempt("dict.setdefault(key=)", lambda: {}.setdefault(key=1))
attempt("dict.update(**)", lambda: {}.update(a=1))
attempt("dict.keys(x=)", lambda: {}.keys(x=1))
attempt("set.add(elem=)", lambda: set().add(elem=1))
attempt("set.union(x=)", lambda: set().union(x=1))
attempt("frozenset.issubset(x=)", lambda: frozenset().issubset(x=()))
attempt("int.to_bytes(length=, byteorder=)", lambda: (5).to_bytes(length=2, byteorder="little"))
attempt("int.from_bytes(byteorder=, signed=)", lambda: int.from_bytes(b"\xff", byteorder="big", signed=True))
attempt("int.bit_length(x=)", lambda: (5).bit_length(x=1))
attempt("float.is_integer(x=)", lambda: (1.0).is_integer(x=1))
attempt("str.strip through the class", lambda: str.strip("xax", chars="x"))

# Bounds past the end find nothing, not even the empty string.
for make in (bytes, bytearray, str):
    hay, empty = make(b"abc") if make is not str else "abc", make(b"") if make is not str else ""
    print(make.__name__, hay.find(empty, 5), hay.find(empty, 3), hay.rfind(empty, 4), hay.count(empty, 5),
          hay.count(empty, 2, 1), hay.find(empty, -10), hay.startswith(empty, 4), hay.endswith(empty, 3, 10))
    try:
        hay.index(empty, 4)
    except ValueError as e:
        print(make.__name__, "index:", e)

# Too many or too few arguments, with CPython's METH_NOARGS and METH_O messages.
attempt("str.upper(1)", lambda: "abc".upper(1))
attempt("str.isdigit(1)", lambda: "1".isdigit(1))
attempt("str.upper through the class", lambda: str.upper("a", 1))
attempt("str.removeprefix()", lambda: "a".removeprefix())
attempt("str.removeprefix(a, 1)", lambda: "ab".removeprefix("a", 1))
attempt("str.join()", lambda: ",".join())
attempt("str.zfill()", lambda: "1".zfill())
attempt("bytes.partition()", lambda: b"a".partition())
attempt("bytearray.append()", lambda: bytearray().append())
attempt("list.append(1, 2)", lambda: [].append(1, 2))
attempt("list.count()", lambda: [].count())
attempt("list.clear(1)", lambda: [].clear(1))
attempt("dict.keys(1)", lambda: {}.keys(1))
attempt("set.add()", lambda: set().add())
attempt("set.issubset(1, 2)", lambda: set().issubset(1, 2))
attempt("tuple.count()", lambda: ().count())
attempt("int.bit_length(1)", lambda: (5).bit_length(1))
attempt("float.hex(1)", lambda: (1.5).hex(1))
attempt("str.encode twice", lambda: "a".encode("ascii", encoding="ascii"))
attempt("bytes.decode 3 args", lambda: b"a".decode("ascii", "strict", "x"))
attempt("str.encode(None)", lambda: "a".encode(None))


# Objects with __index__ stand for ints.
class Two:
    def __index__(self):
        return 2


class Huge:
    def __index__(self):
        return 2 ** 100


class Num(int):
    pass


for label, make in [("'ab' * Two()", lambda: "ab" * Two()), ("Two() * 'ab'", lambda: Two() * "ab"),
                    ("b'ab' * Two()", lambda: b"ab" * Two()), ("[1] * Two()", lambda: [1] * Two()),
                    ("(1,) * Two()", lambda: (1,) * Two()), ("'ab' * Huge()", lambda: "ab" * Huge()),
                    ("'ab' * Num(3)", lambda: "ab" * Num(3)),
                    ("ljust(Two())", lambda: "a".ljust(Two(), "-")), ("rjust(Two())", lambda: "a".rjust(Two())),
                    ("center(Two())", lambda: "a".center(Two(), "*")), ("zfill(Two())", lambda: "7".zfill(Two())),
                    ("expandtabs(Two())", lambda: "a\tb".expandtabs(Two())),
                    ("bytes(Two())", lambda: bytes(Two())), ("bytearray(Two())", lambda: bytearray(Two())),
                    ("bytes(Num(3))", lambda: bytes(Num(3))), ("chr(Two())", lambda: chr(Two())),
                    ("chr(Huge())", lambda: chr(Huge())), ("chr(2**100)", lambda: chr(2 ** 100)),
                    ("'%c' % Two()", lambda: "%c" % Two()), ("b'%c' % Two()", lambda: b"%c" % Two()),
                    ("'%c' % Huge()", lambda: "%c" % Huge()), ("find(Two())", lambda: b"ab\x02".find(Two())),
                    ("count(Two())", lambda: b"\x02\x02".count(Two())), ("Two() in b'..'", lambda: Two() in b"a\x02"),
                    ("Huge() in b'..'", lambda: Huge() in b"a"), ("1.0 in b'..'", lambda: 1.0 in b"a"),
                    ("find(-2**64)", lambda: b"abc".find(b"a", -2 ** 64)),
                    ("find(0, -2**64)", lambda: b"abc".find(b"a", 0, -2 ** 64))]:
    attempt(label, make)
attempt("bytes([Two(), 1])", lambda: bytes([Two(), 1]))
attempt("bytearray([Huge()])", lambda: bytearray([Huge()]))
attempt("b'a'.center(6, None)", lambda: b"a".center(6, None))
attempt("'a'.replace(None, 'b')", lambda: "a".replace(None, "b"))
attempt("'a'.removeprefix(None)", lambda: "a".removeprefix(None))
attempt("expandtabs(bogus=)", lambda: "a\tb".expandtabs(bogus=1))
attempt("expandtabs(4, tabsize=)", lambda: "a\tb".expandtabs(4, tabsize=4))
attempt("expandtabs(4, 1)", lambda: "a\tb".expandtabs(4, 1))
