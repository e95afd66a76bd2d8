# arithmetic operator precedence
x = 1 + 2 * 3
x = (1 + 2) * 3
x = 1 - 2 - 3
x = 8 / 4 / 2
x = 7 // 2 % 3
x = a @ b
x = a * b @ c
x = -a + b * -c
x = 1 + 2 * 3 ** 2 - 4 / 5
x = a - -b
x = a + +b
