# str methods Reap lacked: isascii, isprintable, rindex, format_map; and %-formatting's
# precision for the integer conversions, '*' widths and %c.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class S(str):
    pass


for t in ["", "abc", "ab\x7f", "caf\u00e9", "\x00", "tab\there", "a b", "\u00a0", "\u2028", "\u200b",
          "\U0001f600", "\ue000", "\u0378", "\u00ad", "~!@#", "\x1b[0m", S("plain"), "\u3000", "\ufeff"]:
    print(repr(t), t.isascii(), t.isprintable())
# Every code point but the surrogates (which a str of Reap's cannot hold).
codes = [c for c in range(0x110000) if not 0xD800 <= c < 0xE000]
print(sum(chr(c).isprintable() for c in codes), sum(chr(c).isascii() for c in codes))
print(repr("\u0378\u0600\U000e0001\U0010fffd\u0e3f"), ascii("\u0378"))
attempt("'a'.isascii(1)", lambda: "a".isascii(1))
attempt("str.isprintable()", lambda: str.isprintable())
attempt("str.isascii(b'a')", lambda: str.isascii(b"a"))

for args in [("a",), ("a", 1), ("a", 0, 3), ("a", -3), ("a", 0, -3), ("z",), ("",), ("", 2), ("ab",), ("a", None, None)]:
    attempt(f"'abcabca'.rindex{args}", lambda: "abcabca".rindex(*args))
attempt("'abc'.rindex(1)", lambda: "abc".rindex(1))
attempt("'abc'.rindex()", lambda: "abc".rindex())
attempt("'abc'.find()", lambda: "abc".find())
attempt("'abc'.index('a', 1, 2, 3)", lambda: "abc".index("a", 1, 2, 3))
attempt("'abc'.rfind(None)", lambda: "abc".rfind(None))


class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"


class Point:
    x = 3
    y = [10, 20]


print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("{name} is {age:>4}|".format_map(Missing(name="Ann")))
print("{p.x} {p.y[1]} {{literal}} {w:{n}}|".format_map({"p": Point(), "w": "x", "n": 3}))
attempt("'{a}'.format_map({})", lambda: "{a}".format_map({}))
attempt("'{0}'.format_map({})", lambda: "{0}".format_map({}))
attempt("'{}'.format_map({})", lambda: "{}".format_map({}))
attempt("'{a}'.format_map(5)", lambda: "{a}".format_map(5))
attempt("'{a}'.format_map()", lambda: "{a}".format_map())
attempt("'{a}'.format_map({}, {})", lambda: "{a}".format_map({}, {}))
attempt("'{a}'.format_map(m={})", lambda: "{a}".format_map(m={}))
print(S("{k}").format_map({"k": "v"}), "plain".format_map({}))

# %-formatting of ints: precision pads with zeros, then sign, prefix and width.
for fmt, v in [("%.3d", 5), ("%5.3d", 5), ("%-6.2x", 5), ("%+.2d", 5), ("%05.3d", 5), ("%-05.3d|", 5),
               ("%.3d", -5), ("%#.3x", 5), ("%#.3o", 5), ("%#08.3x", 5), ("%.0d", 0), ("% .3d", 5),
               ("%.3d", 5.7), ("%.3x", 5.0), ("%d", 1e20), ("%.3X", 255), ("%#X", 255),
               ("%.5d", 2 ** 70), ("%x", -255), ("%#x", -255), ("%.3i", True), ("%.3u", 7),
               ("%010.3d", -5), ("%+#.4x", 255), ("%#o", 0), ("%.2d", 12345), ("%d", float("inf")),
               ("%d", float("nan")), ("%x", "a"), ("%d", "5"), ("%o", 8), ("%#10o|", 8), ("%-+8d|", 42),
               ("%c", 65), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%3c|", "z"), ("%-3c|", 97),
               ("%c", 3.0)]:
    attempt(f"{fmt!r} % {v!r}", lambda: fmt % v)
for fmt, v in [("%*d", (5, 3)), ("%.*d", (5, 3)), ("%*.*x|", (-6, 3, 10)), ("%*d", ("a", 3)),
               ("%*d", (5,)), ("%-*s|", (4, "ab")), ("%(a)5.2d", {"a": 3})]:
    attempt(f"{fmt!r} % {v!r}", lambda: fmt % v)


class Idx:
    def __index__(self):
        return 26


class Num:
    def __int__(self):
        return 7


print("%x %d %o" % (Idx(), Idx(), Idx()), "%d" % Num())
attempt("'%x' % Num()", lambda: "%x" % Num())
