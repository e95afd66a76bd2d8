# Traceback objects: tb_lineno and tb_next, outermost first.
def f():
    1/0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
