# Sets of strings are printed via sorted() for a stable order.
words = {"pear", "apple", "fig", "apple"}
print(sorted(words))
print(len(words), "fig" in words)
vowels = set("education")
print(sorted(vowels))
print(sorted(set("hello") & set("world")))
print(sorted(set("abc") | set("cde")))
print(sorted({w[0] for w in ["bob", "bill", "al"]}))
seen = set()
unique = []
for w in ["b", "a", "b", "c", "a"]:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)
