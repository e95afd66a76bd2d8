# tb_frame and the frame attributes of a finished frame: f_code, f_lineno, f_globals,
# f_locals (cells read through), f_back.
class D:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'D({self.n!r})'
    def __del__(self):
        print('del', self.n)

def inner(x):
    a = D('a')
    captured = D('captured')
    def use():
        return captured
    raise ValueError(x)

def outer():
    o = D('o')
    try:
        inner(1)
    except ValueError as e:
        return e

err = outer()
tb = err.__traceback__
print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
f_outer = tb.tb_frame
f_inner = tb.tb_next.tb_frame
print(type(f_outer).__name__, f_outer.f_code.co_name, f_inner.f_code.co_name)
print(f_outer.f_lineno, f_inner.f_lineno)
print(f_outer.f_globals is globals(), f_inner.f_back is f_outer)
print(sorted(f_outer.f_locals.items()))
print(sorted(f_inner.f_locals))
print(f_inner.f_locals['x'], f_inner.f_locals['captured'])
del tb, f_inner
print('dropping the exception')
del err
print('dropping the outer frame')
del f_outer
print('end')

def gen():
    g = D('in generator')
    yield 1
    raise KeyError('gen')

it = gen()
next(it)
try:
    next(it)
except KeyError as e:
    kept = e
del it
print('generator gone, its frame kept')
kept = None
print('end 2')
