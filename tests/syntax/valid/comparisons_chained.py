# comparison operators and chaining
x = a < b
x = a > b
x = a <= b
x = a >= b
x = a == b
x = a != b
x = a in b
x = a not in b
x = a is b
x = a is not b
x = a < b < c
x = a < b <= c != d
x = 0 <= i < n
x = a is not None and b not in c
x = not a == b
