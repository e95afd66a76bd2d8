# starred and nested assignment targets
for a, *b in x:
    pass
for *a, b in x:
    pass
[a, b] = c
(a, b), c = d
[a, [b, c]] = d
a, (b, *c), d = e
(*a,) = b
[*a] = b
x, = y
for [a, b] in x:
    pass
