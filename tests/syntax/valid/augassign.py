# augmented assignment operators
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x **= 2
x >>= 1
x <<= 1
x &= 7
x |= 8
x ^= 9
x @= m
a.b += 1
a[0] -= 1
a[1:2] *= 3
