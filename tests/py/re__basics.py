# re as its documentation introduces it: match, search, fullmatch, findall, finditer, split,
# sub, and what a Match object holds.
import re

print(re.match(r"(\w+) (\w+)", "Isaac Newton, physicist"))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), "|", m.group(1), "|", m.group(2), "|", m.group(1, 2))
print(m[0], m[1], m[2], m.groups(), m.span(), m.span(2), m.start(1), m.end(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re, m.string, m.regs)

m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group("first_name"), m["last_name"], m.groupdict(), m.lastgroup)

m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups("0"), m.groupdict())

print(re.search("c", "abcdef"), re.match("c", "abcdef"))
print(re.search("^c", "abcdef"), re.search("^a", "abcdef"))
print(re.search("^X", "A\nB\nX", re.MULTILINE), re.match("X", "A\nB\nX", re.MULTILINE))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234"), re.fullmatch(r"\d{3}", "5555"))

print(re.findall(r"\bf[a-z]*", "which foot or hand fell fastest"))
print(re.findall(r"(\w+)=(\d+)", "set width=20 and height=10"))
print(re.findall(r"(a)|b", "ab"), re.findall("", "abc"))
text = "He was carefully disguised but captured quickly by police."
for m in re.finditer(r"\w+ly\b", text):
    print("%02d-%02d: %s" % (m.start(), m.end(), m.group(0)))

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\b", "Words, words, words."))
print(re.split(r"\W*", "...words..."))
print(re.split(r"(\W*)", "...words..."))

print(re.sub(r"def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):",
             r"static PyObject*\npy_\1(void)\n{", "def myfunc():"))


def dashrepl(matchobj):
    if matchobj.group(0) == "-":
        return " "
    return "-"


print(re.sub("-{1,2}", dashrepl, "pro----gram-files"))
print(re.sub(r"\sAND\s", " & ", "Baked Beans And Spam", flags=re.IGNORECASE))
print(re.sub("x*", "-", "abxd"), re.subn("x*", "-", "abxd"))
print(re.sub("a", "b", "aaaa", count=2), re.subn("a", "b", "aaaa", 2))

p = re.compile(r"\d+")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.findall("12 drummers drumming, 11 pipers piping, 10 lords a-leaping"))
print(p.search("abc 123 def", 5), p.search("abc 123 def", 0, 5), p.match("abc 123", 4))
print(p.findall("1 2 3 4 5", 2, 7), [m.span() for m in p.finditer("1 22 333", 1)])
print(re.compile(r"(?P<word>\w+) (?P<num>\d+)").groupindex["num"])
print(re.compile("o").match("dog", 1), re.compile("o").search("dog", 1))
print(re.compile("^o").search("dog", 1), re.compile("d$").search("dog", 0, 1))
print(re.escape("http://www.python.org"), re.escape("a-b c_d"), re.escape(b"1+1=2"))
print(re.purge(), re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
