# boolean operators
x = a and b
x = a or b
x = not a
x = a and b or c
x = a or b and c
x = not a and not b
x = not not a
x = (a or b) and (c or d)
x = a and b and c and d
x = a or b or c
