# findall, split and sub/subn run their loops over matches natively; what they give must
# stay CPython's for every kind of subject, group and replacement.
import re


class Text(str):
    pass


class Data(bytes):
    pass


# Subjects of every kind: str, a str subclass, bytes, bytearray, a bytes subclass.
for subject in ("a1b22c333", Text("a1b22c333")):
    print(re.findall(r"\d+", subject), type(re.findall(r"\d+", subject)[0]).__name__)
    print(re.split(r"\d+", subject), re.sub(r"\d", "#", subject), re.subn(r"(\d)+", r"<\1>", subject))
for subject in (b"a1b22c333", bytearray(b"a1b22c333"), Data(b"a1b22c333")):
    found = re.findall(rb"\d+", subject)
    print(found, type(found[0]).__name__, re.split(rb"(\d)\d*", subject))
    print(re.sub(rb"\d+", rb"[\g<0>]", subject), re.subn(rb"\d", lambda m: m.group() * 2, subject))

# Text beyond ASCII: positions are code points.
greek = "αβγ 12 δεζ 345 ηθ"
print(re.findall(r"\w+", greek), re.split(r"\s*\d+\s*", greek))
print(re.sub(r"(\w)(\w)", r"\2\1", greek), re.findall(r"(\w)(\d)?", "é1ü"))
print(re.sub("ü", "ue", "Grüße, Müller"), re.split("ß", "Straße"))

# Groups that take no part: '' in findall's tuples, None in split's list.
print(re.findall(r"(a)|(b)", "abba"), re.findall(r"(x)?y", "yxy"))
print(re.split(r"(-)|(\+)", "1-2+3"), re.split(r"(?:(a)|b)", "xaybz"))

# Empty matches, and the limits of maxsplit and count.
print(re.findall(r"x*", "axxb"), re.split(r"x*", "axxb"), re.sub(r"x*", "-", "axxb"))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r",", "a,b", maxsplit=-1))
print(re.sub(r"o", "0", "foo boo", count=3), re.subn(r"o", "0", "foo", count=-1))
print(re.split(r"\b", "one two"), re.findall(r"\b", "ab cd"))

# findall's bounds on a compiled pattern.
p = re.compile(r"\d")
print(p.findall("0123456789", 3, 7), p.findall("0123", 5), p.findall("0123", 2, 1))

# Functions as replacements: None is nothing, a wrong type is CPython's join error.
print(re.sub(r"\d", lambda m: None, "a1b2"), re.sub(r"\d", lambda m: Text("n"), "a1b2"))
calls = []
print(re.sub(r"(?P<d>\d)", lambda m: calls.append(m.span()) or m["d"] * 2, "x1y2z"), calls)
for subject, repl in (("xa", lambda m: 1), ("a", lambda m: 1), ("xaa", lambda m: b"x")):
    try:
        re.sub("a", repl, subject)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub(b"a", lambda m: "x", b"xa")
except TypeError as e:
    print("TypeError:", e)


def failing(m):
    raise ValueError("replacement failed at %d" % m.start())


try:
    re.sub(r"\d", failing, "ab3")
except ValueError as e:
    print("ValueError:", e)

# Matches handed to a function know their subject and bounds.
seen = []
re.sub(r"b", lambda m: seen.append((m.string, m.pos, m.endpos, m.re.pattern)) or "", Text("abc"))
print(seen, type(seen[0][0]).__name__)

# Wrong arguments.
for call in (lambda: re.findall(r"a", 5), lambda: re.split(r"a", "a", maxsplit="2"),
             lambda: re.sub(r"a", "b", "a", count=1.5), lambda: re.split(r"a", b"a"),
             lambda: re.findall(rb"a", "a")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
