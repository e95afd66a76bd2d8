# The parser names what is missing as CPython's does: a try block without except or finally,
# a conditional expression without else, dict unpacking in a comprehension, and arguments
# out of order (reported where CPython's parser stopped: the star, or the closing parenthesis).
srcs = ['try:\n    pass\nx = 1\n', 'def f():\n    try:\n        pass\n    x = 1\n',
        'try:\n    pass\n# c\n\nprint(1)\n', 'try:\n    pass\nelse:\n    pass\n',
        'x = 1 if 2\n', 'x = [1 if 2 for a in b]\n', 'x = f(1 if 2)\n', 'x = (a if b else)\n',
        'x = a.b + c[1] if 2 > 3\n', 'for x in a if b:\n  pass\n', 'x = not a in b if c\n',
        'return a if b\n', 'x = lambda: a if b\n', 'y = {k: v if c for k in d}\n', 'x = a if b c\n',
        'f(a, *b if c)\n', 'x = -a if (b, c)\n', 'print(x if y, z)\n',
        'x = {**a for a in b}\n', 'x = {**a, **b for a in b}\n',
        'f(**x, *y)\n', 'f(a=1, b)\n', 'f(**x, y)\n', 'f(a=1, *b, c)\n', 'class A(a=1, b): pass\n',
        'f(a=1,\n  b\n)\n', 'f(a=1, b )\n']
for src in srcs:
    try:
        compile(src, 'f', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
