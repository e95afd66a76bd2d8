# re.error's messages and positions, and the TypeErrors and ValueErrors of misuse.
import re

patterns = [
    "(a", "a)", "*", "a**", "a{2}{3}", "[a", "[z-a]", r"[\d-z]", r"\q", "\\", "a{3,2}", "(?P<1>a)",
    "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P<n", "(?<!a+)b", r"(a)\2", "(?z)", "(?P", "(?Px)", "(?<x",
    "(?", "x(?i)", "(?i-i:a)", "(?u:a)", "(?L)a", "(?a-a:x)", "(?-:a)", "(?#abc", r"\x4", r"\u12",
    r"(a)(?(2)b)", r"(?(a)b)", "(?(1)a|b|c)", r"[\A]", r"\8", r"(a)(?<=\1)", "a\n(b", "(?x)a\n  [",
    "(?P<a-b>x)", r"\500", "(?i", "(?-", "(?i-:a)",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("a{4294967296}")
except OverflowError as e:
    print("OverflowError", e)
e = re.error("msg", "pat", 1)
print(e, e.pattern, e.pos, repr(e), re.error("plain"), re.error("plain").pos)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
for call in [
    lambda: re.compile("a").match(b"a"),
    lambda: re.compile(b"a").match("a"),
    lambda: re.match(1, "a"),
    lambda: re.match("a", 1),
    lambda: re.compile(re.compile("a"), re.I),
    lambda: re.compile("a", re.L),
    lambda: re.compile(b"a", re.U),
    lambda: re.compile("a", re.A | re.U),
    lambda: re.match("(a)", "a").group(2),
    lambda: re.match("(a)", "a").group("x"),
    lambda: re.match("(a)", "a")[1.5],
    lambda: re.match("(a)", "a").start(-1),
]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, re.error) as e:
        print(type(e).__name__, e)
print(re.compile(re.compile("x")), re.compile(re.compile("x")) is re.compile("x"))
