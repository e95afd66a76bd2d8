# del statement targets
del x
del x, y
del a.b
del a[0]
del a[1:2]
del (x)
del (x, y)
del [x, y]
del a.b.c[0], d
del x,
