# A search skips the places where no match can start: past a literal prefix, and (Reap's
# compiler adds this to CPython's) past characters outside the set every match starts with
# (`[\s/]+`, `\b\w+`, `(\d+)`). Generated patterns of that shape, searched, found, split and
# substituted in subjects mixing ASCII, Latin-1 and wider characters.
import random
import re

rnd = random.Random(2026)
atoms = [r"\w", r"\d", r"\s", r"\S", r"\W", r"\D", "[a-c]", "[^a-c]", "[xyz_]", r"[\s/]",
         "[^/]", "a", "é", "ß", ".", r"[\d.]", "[A-Z0-9]", r"[^\w\s]", "[Ω-ω]"]


def piece():
    return rnd.choice(atoms) + rnd.choice(["", "+", "*", "?", "{2}", "{1,3}", "+?", "*?", "++"])


def pattern():
    parts = [rnd.choice([r"\b", r"\B", "^", "(?:", "(", ""])]
    parts += [piece() for _ in range(rnd.randint(1, 3))]
    p = "".join(parts)
    return p + ")" * (p.count("(") - p.count(")"))


alphabet = "abcxyzAZ09 _/./-éßü\n\tΩλ"
subjects = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24))) for _ in range(4)]
for _ in range(120):
    p = pattern()
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and m.span(), c.findall(s), c.split(s), c.subn("#", s)[1])

# The same on bytes.
for p in (rb"[\s/]+", rb"\b\w+", rb"(\d+)", rb"[^a-z]+", rb"\B\d"):
    print(p, re.findall(p, b"ab 12/cd\xe9 3 x/y"), re.split(p, b"ab 12/cd 3"))
