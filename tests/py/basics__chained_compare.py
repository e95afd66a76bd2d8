# Chained comparisons evaluate each operand at most once.
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 > 1 < 3)
print(x == 5 == 5.0)
print(0 <= x <= 4)

def val(n):
    print("eval", n)
    return n

print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 < 2 in [2, 3])
print(x is not None is not False)
