# How arguments bind to parameters, and the errors for mismatches.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=0, c=0))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: f(1, 2, c=3, zz=1, d=9, **{"d": 0}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)

def g(x):
    return x

try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g(y=1)
except TypeError as e:
    print("TypeError:", e)
