# attribute access and subscription
x = a.b
x = a.b.c.d
x = a[0]
x = a[0][1]
x = a[i, j]
x = a[i,]
x = a.b[0].c(1).d
x = a["key"]
x = a[f(x)]
x = (1).real
x = "abc".upper()
x = a[b[c[d]]]
x = a[*idx]
a.b = 1
a[0] = 2
