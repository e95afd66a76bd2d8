# casefold is Unicode's full case folding, not lower(); swapcase and istitle treat titlecase
# letters as CPython does; isidentifier follows XID_Start/XID_Continue.

words = ["Straße", "STRASSE", "ﬁle", "ﬀ", "ς", "Σίσυφος", "ŉ", "İstanbul", "ǅungla", "µ", "ſ",
         "Ꭰꭰ", "ᾈ", "ΐ", "K", "ẞ"]
for w in words:
    print(w, ascii(w.casefold()), ascii(w.lower()), ascii(w.swapcase()), w.istitle(), w.title())

# Caseless matching, the way the docs recommend it.
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "STRASSE".lower())
print(sorted(["b", "ß", "A", "ss", "a"], key=str.casefold))

print("ǅungla Ǉubljana".istitle(), "ᾈ".istitle(), "ǅ".isupper(), "ǅ".islower())
print("Hello World".swapcase(), "ǅ".swapcase(), "ͅ".swapcase(), "ΣΑΣ".swapcase())

for name in ["℘x", "x·y", "x\u200cy", "_x", "1x", "x1", "ℕ", "℮", "a·", "·a", "x\u0300", "\u2118",
             "ｘ", "٣x", "x٣", "a-b", ""]:
    print(ascii(name), name.isidentifier())

for text in ["1__0", "1_0", "1_000.5", "1_.5", "1._5", "_1", "1_", "1e1_0", "1_e5", " 1_0 ", "-1_2.3_4e-5_6"]:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
