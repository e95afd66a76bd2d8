# repr of lists containing various values, including self-reference.
print([1, "two", 3.0, None, True, [4, (5,)], {"six": 6}])
print(["quote'", 'dq"', "back\\slash"])
a = [1, 2]
a.append(a)
print(a)
print(str([]), repr([[]]))
print([1.0, 0.1, -0.0, float("inf")])
print([b"x", (), (1,), (1, 2)])
