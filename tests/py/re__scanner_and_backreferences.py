# finditer is lazy (a callable_iterator over a scanner's search, as CPython's), its matches
# keep the scanner's bounds, an empty match where the last ended is not found again, and a
# backreference is compared from where the group was, in subjects of any width.
import re

p = re.compile("a")
print(type(p.finditer("a")).__name__, [m.pos for m in p.finditer("xaaa", 1)],
      [m.endpos for m in p.finditer("xaaa", 1, 3)])
s = p.scanner("xaaa", 1)
print(s.search().pos, s.search().span(), s.match().span(), s.match())
print([m.span() for m in re.finditer(r"a*|b", "aab")], [m.span() for m in re.finditer(r"|b", "bb")])
print([m.span() for m in re.finditer(r"x*", "axxb")], [m.group() for m in re.finditer(r"\b", "ab cd")])
sc = re.compile(r"|b").scanner("bb")
print([(m.span() if m else None) for m in (sc.match(), sc.match(), sc.match(), sc.search())])
it = re.finditer(r"\d", "a1b2c3")
print(next(it).group(), [m.group() for m in it], list(it))
ba = bytearray(b"a1 b2 c3")
it = re.finditer(rb"\w\d", ba)
next(it)
ba[3:5] = b"ZZ"
print([m.group() for m in it])
tokens = re.compile(r"(?P<num>\d+)|(?P<op>[+*/-])|(?P<ws>\s+)")
print([(m.lastgroup, m.group()) for m in tokens.finditer("12 + 3*45")])

for pattern, subject in ((r"(a)\1", "ab" * 2000 + "aa"), (r"(é+)\1", "xé" * 50 + "éééé"),
                         (r"(?P<w>\w+) (?P=w)", "the cat sat sat on the mat"),
                         (r"(\w)\1", "αβγγδ"), (r"(?i)(ß)\1", "xßß"), (r"(?=.(b))\1", "abb"),
                         (r"(.)(?<=\1)", "xy"), (r"(𝔸)\1", "a𝔸𝔸")):
    m = re.search(pattern, subject)
    print(pattern, m and m.span(), m and m.groups())
print(re.sub(r"\b(\w+) \1\b", r"\1", "it is is the the end"), re.findall(r"(\w)\1", "aabbcdde"))
