# repr of a float is the shortest string that reads back as the same float; when two strings of
# that length do, and the float lies exactly halfway between them, the even one is chosen.
x = 56792.3125
print(x * x, x**2, (908677 / 16) ** 2)
for i in range(1, 400):
    a = (i * 7919 % 10007) / 16
    print(repr(a * a), str(a**3 / i))
