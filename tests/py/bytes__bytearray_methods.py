# bytes and bytearray methods Reap lacked: bytearray's copy/clear/reverse/insert/pop/remove,
# isascii and the other ASCII tests, case changes, rfind/index/rindex, removeprefix/suffix,
# hex(sep, bytes_per_sep); bytearray methods give bytearrays.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for b in [b"", b"abc", b"ABC", b"Abc Def", b"abc1", b"123", b" \t\n\x0b\x0c\r", b"\x85\xa0", b"caf\xe9",
          b"Hello World", b"hello World", b"A1 B2", b"\x7f", bytearray(b"MiXeD 9")]:
    print(repr(b), b.isascii(), b.isalnum(), b.isalpha(), b.isdigit(), b.isspace(), b.islower(),
          b.isupper(), b.istitle())
    print("   ", repr(b.upper()), repr(b.lower()), repr(b.swapcase()), repr(b.capitalize()), repr(b.title()))
attempt("b'a'.isascii(1)", lambda: b"a".isascii(1))
attempt("bytes.isascii('a')", lambda: bytes.isascii("a"))

for data in [b"abcabca", bytearray(b"abcabca")]:
    for args in [(b"a",), (b"a", 1), (b"a", 0, 3), (b"a", -3), (b"bc",), (ord("c"),), (b"z",), (b"",),
                 (b"", 3), (b"a", None, 5), (bytearray(b"ca"),)]:
        for m in ["find", "rfind", "index", "rindex"]:
            attempt(f"{data!r}.{m}{args}", lambda: getattr(data, m)(*args))
attempt("b'abc'.find('a')", lambda: b"abc".find("a"))
attempt("b'abc'.rfind(256)", lambda: b"abc".rfind(256))
attempt("b'abc'.rindex()", lambda: b"abc".rindex())
attempt("b'abc'.index(b'a', 'x')", lambda: b"abc".index(b"a", "x"))

for data in [b"prefix-body-suffix", bytearray(b"prefix-body-suffix")]:
    print(repr(data.removeprefix(b"prefix-")), repr(data.removesuffix(b"-suffix")),
          repr(data.removeprefix(b"zz")), repr(data.removesuffix(bytearray(b"x"))))
attempt("b'ab'.removeprefix('a')", lambda: b"ab".removeprefix("a"))

for data in [b"\x01\x02\x03\x04\x05", bytearray(b"\xff\x00\xab")]:
    print(data.hex(), data.hex(":"), data.hex(b"-"), data.hex(":", 2), data.hex(":", -2),
          data.hex(sep=" ", bytes_per_sep=3), data.hex(bytes_per_sep=2), data.hex(":", 0))
for args in [(1,), ("",), ("ab",), ("é",), (":", "x"), (":", 2**40)]:
    attempt(f"b'abc'.hex{args}", lambda: b"abc".hex(*args))
print(repr(b"".hex(":")))

ba = bytearray(b"hello")
c = ba.copy()
c[0] = ord("j")
print(ba, c, type(c).__name__, c is not ba)
ba.reverse()
print(ba)
ba.insert(0, ord("!"))
ba.insert(100, ord("?"))
ba.insert(-100, ord("<"))
ba.insert(-1, 65)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
attempt("ba.remove(ord('z'))", lambda: ba.remove(ord("z")))
attempt("ba.remove(256)", lambda: ba.remove(256))
attempt("ba.insert(0, -1)", lambda: ba.insert(0, -1))
attempt("ba.insert(0)", lambda: ba.insert(0))
attempt("ba.pop(100)", lambda: ba.pop(100))
attempt("ba.copy(1)", lambda: ba.copy(1))
ba.clear()
print(ba, len(ba))
attempt("bytearray().pop()", lambda: bytearray().pop())
attempt("bytearray.clear(b'x')", lambda: bytearray.clear(b"x"))
print(bytearray(b"abc").count(b"a"), bytearray(b"abc").startswith(b"ab"), bytearray(b"abc").endswith(b"bc"))
print(all(n in dir(bytearray) for n in ["copy", "clear", "isascii", "rindex", "pop", "remove", "insert"]))
