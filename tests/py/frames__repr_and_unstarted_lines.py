# A frame's repr names its file, line and code while it runs too; a generator or coroutine
# not started yet is at its def line.
import sys, functools
def deco(f): return f
@deco
def gen():
    x = 1
    yield x
g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_lasti)
next(g); print(g.gi_frame.f_lineno)
async def co():
    return 1
c = co(); print(c.cr_frame.f_lineno); c.close()
def h():
    return sys._getframe()
print(h().f_lineno, repr(h())[:10])
def k():
    f = sys._getframe(); print(f.f_lineno, f)
k()
