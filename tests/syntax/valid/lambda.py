# lambda expressions
f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=2: x * y
k = lambda *args, **kwargs: (args, kwargs)
m = lambda *, key: key
n = lambda x: lambda y: x + y
p = (lambda: 1)()
q = sorted(items, key=lambda item: item[1])
r = lambda x: x if x else None
