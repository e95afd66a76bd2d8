# Star-unpacking of iterables in calls and literals.
def f(*args):
    return args

print(f(*range(3)), f(*"ab", *[1]))
print([*range(2), *(5, 6)], (*"xy",), {*[1, 2, 2]})
print({**{"a": 1}, "b": 2})
head, *tail = iter([1, 2, 3])
print(head, tail)
first, second, *_ = "hello"
print(first, second)
print(*[1, 2, 3], sep=", ")
print(*"abc", sep="|", end=".\n")
