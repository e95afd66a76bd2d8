# conditional (ternary) expressions
x = a if cond else b
y = a if c1 else b if c2 else c
z = (a if cond else b) + 1
f(a if c else b)
w = [x if x > 0 else -x for x in xs]
v = lambda: a if c else b
u = (a if b else c) if d else e
