# Built-ins that consume arbitrary iterables.
def gen():
    yield 3
    yield 1
    yield 2

print(list(gen()), tuple(gen()), sorted(gen()), set(gen()))
print(dict.fromkeys(gen()), sum(gen()), max(gen()))
print(" ".join(str(x) for x in gen()))
print(dict(zip(gen(), "abc")))
a, b, c = gen()
print(a, b, c)
print([*gen(), *"xy"])
print(list(enumerate(gen())))
l = []
l.extend(gen())
l += gen()
print(l)
print("-".join(map(str, reversed(list(gen())))))
