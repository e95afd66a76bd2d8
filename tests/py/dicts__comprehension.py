# Dict comprehensions and building dicts from sequences.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print(dict(zip("abc", range(3))))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print({(i, j): i * j for i in range(2) for j in range(2)})
print({str(i): [i] * i for i in range(1, 4)})
