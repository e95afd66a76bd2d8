# Augmented assignment operators.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 10
print(x)
x /= 4
print(x)
n = 6
n <<= 2
print(n)
n >>= 1
print(n)
n &= 0b1010
print(n)
n |= 1
print(n)
n ^= 0xff
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
