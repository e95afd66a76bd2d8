# Counting and grouping patterns with plain dicts and collections.
text = "the cat and the hat and the bat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print(groups)
from collections import Counter, defaultdict, OrderedDict
c = Counter(text.split())
print(c.most_common(2))
print(c["the"], c["dog"])
dd = defaultdict(list)
for i in range(6):
    dd[i % 3].append(i)
print(dict(dd))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od.items()))
