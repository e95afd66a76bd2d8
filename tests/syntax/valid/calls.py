# function calls
f()
f(1)
f(1, 2)
f(a=1)
f(1, b=2)
f(*args)
f(**kwargs)
f(1, *args, b=2, **kwargs)
f(*a, *b, **c, **d)
f(*a, b, c=1, *d, **e)
f(x for x in y)
sum(x * x for x in range(10))
f(1,)
f(a)(b)(c)
f(
    1,
    2,
)
obj.method(1)[0](2)
