# and/or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default")
print([] and "never", [1] and "yes")
print(None or 0 or "" or "last")
print(None and 1)
print(not 0, not 1, not "", not "a", not None)
print(True and False, True or False)

def side(v):
    print("side", v)
    return v

print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
x = 0
y = x or 42
print(y)
