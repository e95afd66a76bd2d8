# Pattern.match, fullmatch and search read their arguments as CPython's _sre does: by
# position or by name, with its messages for what is missing, repeated or unknown.
import re

p = re.compile(r"(?P<word>\w+)")
print(p.match("hello world").group(), p.search(string="  hi", pos=1).span())
print(p.fullmatch("abc", 0, 2).group(), p.fullmatch("abc", endpos=3, pos=1).group())
print(p.match("abc", pos=5), p.search("abc", 2, 1), p.match("abc", -4, 99).span())
calls = (
    lambda: p.match(),
    lambda: p.match("a", "x"),
    lambda: p.search("a", 0, 1, 2),
    lambda: p.fullmatch(strin="a"),
    lambda: p.match("a", pos=None),
    lambda: p.match("a", 0, endpos=1, pos=0),
    lambda: p.match("a", foo=1),
    lambda: p.match("a", 0, pos=1),
    lambda: p.match("a", string="b"),
    lambda: p.search(pos=1),
    lambda: p.match("a", 1.5),
    lambda: p.match(1),
    lambda: p.search(b"bytes"),
    lambda: re.Pattern.match(5, "a"),
)
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Taken from the pattern, the methods stay bound to it; matches read the same way.
match, search = p.match, p.search
print(match("first").group("word"), search("  second").end(), [match(w)[0] for w in ("ab", "cd")])
m = p.search("x = 42")
group = m.group
print(group(), group(0), group("word"), m.span("word"), [m.start() for _ in range(2)])
print(re.Pattern.search(p, "  z").group(), re.Match.group(m, 1))
