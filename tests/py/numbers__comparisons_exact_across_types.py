import math
vals = [1, 2, -3, 2**53, 2**53 + 1, 2**63 - 1, 2**70, 1.0, 2.5, -0.0, 0.0, math.nan, math.inf, -math.inf, 9007199254740993.0, True, False, "a", "b", "ab", "é", "\U0001f600", (1, 2), (1, 3), (1, "a"), [1, 2]]
for x in vals:
    row = []
    for y in vals:
        for op in ("<", "<=", "==", "!=", ">", ">="):
            try:
                row.append(int(eval(f"x {op} y")))
            except TypeError:
                row.append(9)
    print("".join(map(str, row)))
print(sorted([3, 1.5, 2, -1, 0.5, 10**20, 2**53 + 1, float(2**53)]))
print(max(["b", "a", "é", "ab"]), min((2, "x"), (1, "y"), (1, "a")))
print((1, 2, 3) < (1, 2), (1, "b") < (1, "c"), ("a", 1) == ("a", 1.0), [1, "x"] < [1, "y"])
