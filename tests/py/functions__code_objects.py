# function.__code__ and the co_* attributes scripts read.
def double(x, y=2, *a, k=1):
    return x
c = double.__code__
print(c.co_argcount, c.co_name, c.co_varnames, c.co_kwonlyargcount, c.co_firstlineno)
