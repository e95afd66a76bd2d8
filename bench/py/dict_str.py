# Dict and string work: building keys, counting, joining.
counts = {}
for i in range(2_000_000):
    key = "k" + str(i % 1000)
    counts[key] = counts.get(key, 0) + 1
words = []
for k in sorted(counts):
    words.append(k.upper())
print(len(counts), len(",".join(words)), counts["k7"])
