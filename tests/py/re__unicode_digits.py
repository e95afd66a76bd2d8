# \d in Unicode mode is any decimal digit (category Nd), in and out of classes, negated, and
# only ASCII under re.ASCII; bytes patterns know only ASCII digits.
import re
import unicodedata

text = "a٣٤b 12 ９x ߀ 𝟘𝟙 ¹²½ Ⅻ ৫"
print(re.findall(r"\d+", text))
print(re.findall(r"\D+", text))
print(re.findall(r"[\d]+", text))
print(re.findall(r"[\D]+", text))
print(re.findall(r"[^\d\s]+", text))
print(re.findall(r"[x\d]+", text))
print(re.findall(r"\d+", text, re.ASCII))
print(re.findall(r"(?a:\d)+", text))
print(re.findall(rb"\d+", "12 ٣".encode()))
print(re.fullmatch(r"\d{4}-\d{2}", "٢٠٢٤-٠١") is not None)
everything = "".join(map(chr, range(0x20000)))
digits = re.findall(r"\d", everything)
print(len(digits), all(unicodedata.category(c) == "Nd" for c in digits))
print(re.sub(r"\D", "", everything) == "".join(digits), len(re.sub(r"\d", "", everything)))
