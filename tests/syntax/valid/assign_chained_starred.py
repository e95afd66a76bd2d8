# chained and starred assignments
x = 1
x = y = z = 0
a, b = 1, 2
a, b = b, a
a, *rest = items
*init, last = items
a, *mid, z = items
[a, *b] = c
(a, b) = c
a = b, c = d
x = *a, *b
x = 1,
