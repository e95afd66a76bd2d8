# Merge operators and unpacking.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
c = dict(a)
c |= b
print(c)
print({**a, **b, "w": 0})
print(dict(a, y=200))

def show(**kw):
    return kw

print(show(**a))
print(a == {"y": 2, "x": 1})
print(list(a.items()) == list({"y": 2, "x": 1}.items()))
