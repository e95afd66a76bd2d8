# bytes() and bytearray() from a str encode it with the encoding and errors they are given,
# by position or by keyword; their argument errors are CPython's.

print(bytes("héllo", "latin-1"))
print(bytes("héllo", "utf-16"))
print(bytes("héllo", encoding="latin-1"))
print(bytes(source="abc", encoding="ascii"))
print(bytes("héllo", "ascii", "ignore"))
print(bytes("héllo", "ascii", errors="replace"))
print(bytearray("naïve café", "cp1252"))
print(bytearray("Привет", encoding="koi8-r"))


class Name(str):
    pass


print(bytes(Name("ab"), "ascii"))


def attempt(make):
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for kind in (bytes, bytearray):
    print("--", kind.__name__)
    attempt(lambda: kind("abc"))
    attempt(lambda: kind("a", errors="strict"))
    attempt(lambda: kind(3, "utf-8"))
    attempt(lambda: kind(b"abc", "utf-8"))
    attempt(lambda: kind(errors="strict"))
    attempt(lambda: kind(encoding="utf-8"))
    attempt(lambda: kind(b"x", errors="strict"))
    attempt(lambda: kind(x=1))
    attempt(lambda: kind(1, 2, 3, 4))
    attempt(lambda: kind("a", 1))
    attempt(lambda: kind("a", "ascii", errors=1))
    attempt(lambda: kind(1, encoding=None))
    attempt(lambda: kind("a", encoding="ascii", source="b"))
    attempt(lambda: kind("a", x=1, source=1))
    attempt(lambda: kind(1, encoding=2, x=1))
    attempt(lambda: kind(source=[1, 2]))
    attempt(lambda: kind(None))
    attempt(lambda: kind(1.5))
    attempt(lambda: kind("é", "ascii"))
    attempt(lambda: kind("é", "ascii", "bogus"))
    attempt(lambda: kind("é", "no-such-codec"))
    attempt(lambda: kind("é", "rot13"))
    attempt(lambda: kind("abc", "hex"))
