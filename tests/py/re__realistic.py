# Scripts that use re the way programs do: a tokenizer driven by a master pattern, log lines
# parsed into records, word frequencies, config lines, and simple text clean-up.
import re
from collections import Counter, namedtuple

Token = namedtuple("Token", ["type", "value", "line", "column"])


def tokenize(code):
    keywords = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}
    token_specification = [
        ("NUMBER", r"\d+(\.\d*)?"),
        ("ASSIGN", r":="),
        ("END", r";"),
        ("ID", r"[A-Za-z]+"),
        ("OP", r"[+\-*/]"),
        ("NEWLINE", r"\n"),
        ("SKIP", r"[ \t]+"),
        ("MISMATCH", r"."),
    ]
    tok_regex = "|".join("(?P<%s>%s)" % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in keywords:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield Token(kind, value, line_num, column)


statements = """
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
"""
for token in tokenize(statements):
    print(token)

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 512
2024-03-01 12:00:02 WARN  [web] GET /missing 404 0
2024-03-01 12:00:05 ERROR [db] timeout after 30s
2024-03-01 12:01:00 INFO  [web] POST /login 302 128
"""
line_re = re.compile(
    r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<src>\w+)\] (?P<msg>.*)$",
    re.MULTILINE,
)
for m in line_re.finditer(LOG):
    rec = m.groupdict()
    http = re.match(r"(GET|POST) (\S+) (\d{3}) (\d+)", rec["msg"])
    if http:
        method, path, status, size = http.groups()
        print(rec["time"], rec["level"], method, path, int(status), int(size))
    else:
        print(rec["time"], rec["level"], "-", rec["msg"])
print(Counter(m.group("level") for m in line_re.finditer(LOG)).most_common())

text = "The quick brown fox. The lazy dog! A quick, quick fox?"
words = re.findall(r"[a-z']+", text.lower())
print(Counter(words).most_common(3))
print(re.split(r"(?<=[.!?])\s+", text))

config = """
# comment
name = Reap
  version=0.1   
path = /usr/local/bin  ; trailing comment
empty =
"""
settings = {}
for line in config.splitlines():
    m = re.match(r"^\s*([A-Za-z_]\w*)\s*=\s*(.*?)\s*(?:;.*)?$", line)
    if m:
        settings[m.group(1)] = m.group(2)
print(settings)

print(re.sub(r"\s+", " ", "  too    many\tspaces \n here ").strip())
print(re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseNameHere").lower())
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "HTTPServerError"))
print(re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", "hosts 10.0.0.1, 192.168.1.254 and 999.1"))
print(bool(re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "first.last+tag@example.co.uk")))
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "World"}.get(m.group(1), m.group(0)), "Hello {name} {x}"))
date = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
print(date.sub(r"\3/\2/\1", "from 2024-01-31 to 2024-02-29"))
print([m.group(0) for m in re.finditer(r"\$\d+(?:\.\d\d)?", "cost $5, $12.50 or $0.99")])
