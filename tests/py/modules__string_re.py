# The string and re modules.
import string
import re

print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello big world"))
print(re.findall(r"\d+", "a1b22c333"))
m = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(m.group(0), m.group(1), m.groups(), m.span())
print(re.sub(r"\s+", " ", "too   many    spaces"))
print(re.split(r"[,;]", "a,b;c"), re.search(r"z", "abc"))
print(re.fullmatch(r"[a-z]+", "abc") is not None, bool(re.fullmatch(r"\d", "12")))
pat = re.compile(r"(?P<key>\w+)=(?P<val>\w+)")
print([m.groupdict() for m in pat.finditer("a=1 b=2")])
