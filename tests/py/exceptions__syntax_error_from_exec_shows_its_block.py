try:
    eval("x = = 1")
except SyntaxError as e:
    print(e.msg, e.lineno)
exec("def f(:\n    pass")
