# iter() and next() on built-in iterables.
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
print(iter(it) is it)
print(type(iter([])).__name__, type(iter(())).__name__)
print(type(iter({})).__name__, type(iter(range(3))).__name__)
calls = [0]
def bump():
    calls[0] += 1
    return calls[0]
print(list(iter(bump, 4)))
