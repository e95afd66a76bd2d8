# Comprehension loop variables do not leak.
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
i = 100
gen = list(i for i in range(3))
print(i, gen)
d = {k: 0 for k in "ab"}
try:
    k
except NameError as e:
    print("NameError:", e)
n = 3
print([n * j for j in range(3)])

class Scope:
    factor = 10
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError: " + str(e)

print(Scope.doubled, Scope.scaled)

def make():
    base = 5
    return [lambda: base + j for j in range(3)]

print([f() for f in make()])
