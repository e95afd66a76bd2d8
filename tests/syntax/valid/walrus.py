# assignment expressions (walrus operator)
if (n := len(a)) > 10:
    pass

while (chunk := read()):
    process(chunk)

ys = [y for x in xs if (y := f(x)) is not None]
print(x := 5)
z = (w := 1, 2)
f(a, b := 3)
if m := match_it():
    pass
