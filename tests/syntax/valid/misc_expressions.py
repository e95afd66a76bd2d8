# miscellaneous expressions and atoms
x = None
x = True
x = False
x = ...
x = (1)
x = ((((1))))
x = [a for a in b][0].c
x = a if b else lambda: c
x = not a in b
x = -a ** -b
x = a[b](c).d
