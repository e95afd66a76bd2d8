# Replacement templates (group references by number and name, escapes), callables, counts,
# expand(), and the same on bytes.
import re

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail joe@site.com now"))
print(re.sub(r"(?P<user>\w+)@(?P<host>\w+)", r"\g<host>:\g<user> \g<0> \g<1>", "a@b c@d"))
print(re.sub(r"(\d)", r"<\1>", "a1b22"), re.sub(r"(\d)", r"\\1", "a1"), re.sub("a", r"\n\t", "a"))
print(repr(re.sub("a", r"\0", "a")), repr(re.sub("(a)", r"\101\1", "a")), re.sub("(a)(b)?", r"[\2]", "ac"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"\s+", " ", "a   b \t c\n\nd"), re.sub("", "-", "abc"), re.sub("$", "!", "a\nb\n"))
print(re.sub("(?m)^", "> ", "line one\nline two"), re.sub("b*", "X", "abc"))
print(re.sub("a", "b", "aaa", count=0), re.sub("a", "b", "aaa", count=1), re.sub("a", lambda m: "", "banana"))
m = re.match(r"(?P<key>\w+)=(?P<value>\w*)", "color=blue")
print(m.expand(r"\g<value> is the \1"), m.expand("plain"), repr(m.expand("")))
print(re.sub(rb"(\w+)", rb"[\1]", b"two words"), re.sub(b"x", lambda m: b"yy", b"axbx"))
p = re.compile(r"(\d+)-(\d+)")
print(p.sub(r"\2-\1", "10-20, 3-4"), p.subn(r"\2", "1-2 3-4 5-6", 2))
for template in [r"\3", r"\g<x", r"\g<zz>", r"\q", "\\", r"\g<-1>", r"\g<1a>", r"\g<>", r"\g", r"\777"]:
    try:
        print(repr(re.sub("(a)(b)?", template, "a")))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [1, b"x"]:
    try:
        re.sub("a", repl, "a")
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", e)
