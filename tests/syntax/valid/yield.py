# yield expressions and statements
def g1():
    yield

def g2():
    yield 1

def g3():
    yield 1, 2

def g4():
    yield from other()

def g5():
    x = yield
    y = yield 1
    z = yield from g4()

def g6():
    f((yield))
    v = (yield x) + 1
    yield *a, b
