# re on typical patterns: parsing log lines, splitting words, substitution.
import re

lines = [
    f"2024-03-{d:02d} 12:{m:02d}:07 [{lvl}] user{u} GET /api/v1/items/{u * 7} 200 {u * 13 % 997}ms"
    for d, m, lvl, u in ((i % 28 + 1, i % 60, ("INFO", "WARN", "ERROR")[i % 3], i) for i in range(4000))
]
text = " ".join(lines)
LOG = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (\w+) (GET|POST) (\S+) (\d{3}) (\d+)ms")
hits = 0
errors = 0
for _ in range(16):
    for line in lines:
        m = LOG.match(line)
        if m:
            hits += 1
            if m.group(7) == "ERROR":
                errors += int(m.group(12))
words = 0
for _ in range(16):
    words += len(re.findall(r"\b\w+\b", text))
    words += len(re.split(r"[\s/]+", text))
subs = 0
for _ in range(16):
    out, n = re.subn(r"user(\d+)", r"<\1>", text)
    subs += n + len(re.sub(r"\d+ms", lambda m: m.group(0).upper(), out))
print(hits, errors, words, subs)
