# \w in Unicode mode is Python's str.isalnum() and '_': letters and numbers, not the combining
# marks (Hebrew points, Devanagari vowel signs) that Unicode's Alphabetic property takes in.
import re

print(re.match(r"\w", "\u0345"), re.findall(r"\w+", "שָׁלוֹם नमस्ते"), re.findall(r"\W+", "नमस्ते ½ ² Ⅻ 〇 x"))
print(re.findall(r"\b\w+\b", "naïve café résumé 東京 ٣٤ ১২ _x"), re.sub(r"\w", ".", "ǅx²_-"))
sample = "".join(chr(c) for c in range(0x300, 0x3000, 7))
print(all(bool(re.match(r"\w", ch)) == (ch.isalnum() or ch == "_") for ch in sample))
print(re.findall(r"(?a)\w+", "naïve café"), re.findall(rb"\w+", "naïve".encode()))
