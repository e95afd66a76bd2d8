# Evaluation order in comprehensions.
def src(n):
    print("src", n)
    return range(n)

def cond(v):
    print("cond", v)
    return v % 2 == 0

def val(v):
    print("val", v)
    return v * 10

print([val(v) for v in src(4) if cond(v)])
print({v: val(v) for v in src(2)})
first = [y for y in src(2)]
print(first)
walrus = [y for x in range(5) if (y := x * x) > 4]
print(walrus, y)
