# Comprehensions and sorted.
data = [(i * 7919) % 10007 for i in range(1_300_000)]
evens = [x for x in data if x % 2 == 0]
squares = {x: x * x for x in evens[:300_000]}
ordered = sorted(data)
print(len(evens), len(squares), ordered[0], ordered[-1], sum(ordered[:100]))
