# locals() and vars() inside functions: a snapshot of the frame's variables, in CPython's order
# (parameters and locals, then cell-only variables, then free variables), unbound names left out.


def f(a, b=2, *args, **kw):
    c = 3

    def g():
        return a + c

    d = None
    print(sorted(locals()))
    del d
    print(list(locals()))
    print(vars() == locals())
    return g


f(1, x=5)


def param_cell(x):
    def g():
        return x

    y = 1
    return list(locals())


print(param_cell(0))


def outer():
    x = 10
    y = 20

    def inner():
        z = x
        print(locals())
        return y + z

    return inner


print(outer()())


def unbound():
    print(locals())
    q = 1
    print(locals())


unbound()


def snapshot():
    s = 1
    snap = locals()
    s = 2
    return snap["s"], "snap" in snap


print(snapshot())


class K:
    def m(self):
        return sorted(locals())


print(K().m())
print((lambda t: locals())(9))
print(locals() is globals())


def with_dir(p):
    q = p

    def h():
        return q

    return dir(), vars()


print(with_dir(1))
print([n for n in dir() if not n.startswith("__")][:3])
print(vars() is globals())
