# bytes/bytearray concatenation with any bytes-like, in both orders (the left operand's type
# wins), bytearray += in place; str(b, encoding, errors), ord() of one byte, reversed(bytes).


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(b"ab" + bytearray(b"c"), bytearray(b"ab") + b"c", bytearray(b"a") + bytearray(b"b"))

ba = bytearray(b"x")
alias = ba
ba += b"y"
ba += bytearray(b"z")

print(ba, alias is ba, alias)
b = b"x"
b += bytearray(b"y")
print(type(b).__name__, b)
attempt("b'a' + 'b'", lambda: b"a" + "b")
attempt("b'a' + 1", lambda: b"a" + 1)
attempt("bytearray() + 'b'", lambda: bytearray() + "b")
attempt("bytearray() + [1]", lambda: bytearray() + [1])
attempt("'a' + b'b'", lambda: "a" + b"b")


class RAdd:
    def __radd__(self, other):
        return ("radd", other)


print(b"q" + RAdd(), bytearray(b"q") + RAdd())


class B(bytes):
    pass


print(repr(B(b"s") + b"t"), repr(b"s" + B(b"t")), type(B(b"s") + b"t").__name__)

print(str(bytearray(b"x"), "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(b"a\xffb", "ascii", "replace"))
print(str(b"a\xffb", encoding="latin-1"), str(b"a\xffb", errors="ignore"), str(object=b"q", encoding="ascii"))
print(str(b"q"), str(bytearray(b"q")))
attempt("str(b'\\xff', 'ascii')", lambda: str(b"\xff", "ascii"))
attempt("str('a', 'ascii')", lambda: str("a", "ascii"))
attempt("str(1, 'ascii')", lambda: str(1, "ascii"))
attempt("str(b'a', 'nope')", lambda: str(b"a", "nope"))
attempt("str(b'a', 1)", lambda: str(b"a", 1))
print(ord(b"a"), ord(bytearray(b"\xff")), ord("\u20ac"))
attempt("ord(b'ab')", lambda: ord(b"ab"))
attempt("ord(b'')", lambda: ord(b""))
attempt("ord(bytearray())", lambda: ord(bytearray()))
attempt("ord(1)", lambda: ord(1))
print(list(reversed(b"abc")), list(reversed(bytearray(b"xyz"))), list(reversed(b"")))
r = reversed(b"ab")
print(next(r), next(r))
attempt("next(r)", lambda: next(r))
