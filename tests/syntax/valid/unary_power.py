# unary operators and the power operator
x = -2**2
x = 2**-1
x = 2**3**2
x = ~x
x = +x
x = -x
x = --x
x = -~+x
x = (-2)**2
x = a**-b**c
x = await_ ** 2
