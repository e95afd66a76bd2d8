# re.Match's group readers and Pattern.match/search/fullmatch, which Reap runs natively: every
# way of naming a group, every kind of subject, and the errors, as CPython gives them.
import re


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Str(str):
    pass


class Two:
    def __index__(self):
        return 2


p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)?(;)?")
m = p.match("alpha=42 rest")
show("group()", lambda: m.group())
show("group(0)", lambda: m.group(0))
show("group(1, 2)", lambda: m.group(1, 2))
show("group('key', 'value', 0)", lambda: m.group("key", "value", 0))
show("group(True)", lambda: m.group(True))
show("group(__index__)", lambda: m.group(Two()))
show("group(3) unmatched", lambda: m.group(3))
show("group(4)", lambda: m.group(4))
show("group(-1)", lambda: m.group(-1))
show("group('nope')", lambda: m.group("nope"))
show("group(1.0)", lambda: m.group(1.0))
show("group([])", lambda: m.group([]))
show("group(1, 9)", lambda: m.group(1, 9))
show("group(kw)", lambda: m.group(group=1))
show("m['value']", lambda: m["value"])
show("m[0]", lambda: m[0])
show("m[5]", lambda: m[5])
show("groups()", lambda: m.groups())
show("groups('-')", lambda: m.groups("-"))
show("groups(default=0)", lambda: m.groups(default=0))
show("groups(1, 2)", lambda: m.groups(1, 2))
show("span()", lambda: m.span())
show("span('value')", lambda: m.span("value"))
show("span(3)", lambda: m.span(3))
show("start(group=2)", lambda: m.start(group=2))
show("end('key')", lambda: m.end("key"))
show("end(7)", lambda: m.end(7))
show("start(1, 2)", lambda: m.start(1, 2))
show("groupdict()", lambda: m.groupdict())
show("lastindex lastgroup", lambda: (m.lastindex, m.lastgroup))
show("re string pos endpos", lambda: (m.re is p, m.string, m.pos, m.endpos))
show("repr", lambda: m)

show("search", lambda: p.search("  x=1;").group(0, 3))
show("fullmatch", lambda: p.fullmatch("x=1"))
show("fullmatch no", lambda: p.fullmatch("x=1 "))
show("match no", lambda: p.match("  x=1"))
show("pos endpos", lambda: p.search("aa=1 bb=22", 4, 9).span())
show("pos past end", lambda: p.search("a=1", 10))
show("negative pos", lambda: p.match("a=1", -5).span())
show("pos > endpos", lambda: p.search("a=1 b=2", 5, 2))
show("float pos", lambda: p.match("a=1", 0.0))
show("str subclass", lambda: (p.match(Str("k=9")).group(2), type(p.match(Str("k=9")).string).__name__))
show("non-ascii", lambda: re.search(r"(é+)(\w*)", "xx ééé€ab").groups())
show("non-ascii span", lambda: re.search(r"€(\w+)", "ééé€ab").span(1))
b = re.compile(rb"(\w+)-(\d+)")
show("bytes", lambda: b.match(b"abc-12").groups())
show("bytearray", lambda: b.match(bytearray(b"abc-12")).group(1, 2))
show("bytes on str pattern", lambda: p.match(b"x=1"))
show("str on bytes pattern", lambda: b.match("x-1"))
show("int subject", lambda: p.match(5))
show("finditer", lambda: [(m.group(1), m.span()) for m in re.finditer(r"(\d)(x)?", "1x2 3")])
show("sub fn", lambda: re.sub(r"(\d+)", lambda m: "<%s|%s>" % (m[1], m.group(0)), "a1b22"))
show("scanner", lambda: [m.group() for m in iter(re.compile(r"\d").scanner("a1b2").search, None)])
show("copy", lambda: __import__("copy").copy(m) is m)
