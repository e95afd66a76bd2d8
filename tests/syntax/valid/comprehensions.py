# list, set, dict comprehensions and generator expressions
a = [x for x in xs]
b = {x for x in xs}
c = {k: v for k, v in pairs}
d = (x for x in xs)
e = [x * y for x in xs for y in ys]
f = [x for x in xs if x if x > 1]
g = [x for x in xs if x for y in x if y]
h = [[y for y in x] for x in xs]
i = [(x, y) for x in range(3) for y in range(x)]
j = [x for x, in pairs]
k = [x for x in (lambda: xs)()]
m = {k: [v for v in vs] for k, vs in groups}
n = [x for x in a or b]
