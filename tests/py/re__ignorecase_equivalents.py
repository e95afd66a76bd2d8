# IGNORECASE matches the characters that share an uppercase, as CPython's compiler adds them
# (σ/ς, s/ſ, i/ı, µ/μ, θ/ϑ, the Kelvin sign), in literals, sets, ranges and negations; İ matches i.
import re
cases = [("σ", "ΣΑΣ ς σ"), ("s", "Sſs"), ("i", "iIıİ"), ("İ", "İi"), ("µ", "µμΜ"), ("θ", "θϑΘ"), ("k", "kKK"),
         ("[a-z]+", "ſıK"), ("[σ]", "ς"), ("[^s]", "ſ"), ("[^σ]", "ς"), ("ﬅ", "ﬆ"), ("ΐ", "ΐ"), ("ß", "ẞ"),
         ("[α-ω]+", "ςϑϐ"), ("β", "ϐ"), (r"\u0345", "ιΙι"), ("[ι]", "\u0345"), ("[i-k]", "ıK"), ("x[s]y", "xſy")]
for pat, text in cases:
    print(repr(pat), re.findall(pat, text, re.I), re.findall(pat, text, re.I | re.A), re.findall(pat, text))
print(re.sub("(?i)strasse", "X", "STRAſſE strasse"))
print(re.search(r"(?i)\bΣ\w+", "word σοφός").group())
