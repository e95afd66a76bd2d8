# divmod() and pow() including the three-argument form.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(-8, 2))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, 0, 13))
print(pow(3, -1, 7), pow(38, -1, 97))
print(pow(10 ** 20, 3, 12345))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
