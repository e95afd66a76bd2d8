# map and filter return lazy iterators.
m = map(str.upper, ["a", "b"])
print(type(m).__name__, list(m), list(m))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b: a + b, "abc", "xy")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")))
print(list(map(int, "12345")))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
lazy = map(noisy, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
