# Keyword-only and positional-only parameters.
def kw(a, *, b, c=3):
    return (a, b, c)

print(kw(1, b=2), kw(1, c=0, b=2))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)

def pos(a, b, /, c):
    return (a, b, c)

print(pos(1, 2, 3), pos(1, 2, c=3))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

def mixed(a, /, b, *, c):
    return a + b + c

print(mixed(1, 2, c=3), mixed(1, b=2, c=3))

def star_kw(*args, sep="-"):
    return sep.join(map(str, args))

print(star_kw(1, 2, 3), star_kw(1, 2, sep="+"))
