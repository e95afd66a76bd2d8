# An exception thrown into a generator or coroutine that never started is raised in its frame,
# at its first line (a decorated one's decorator): the traceback shows that frame, unmarked.
import sys
import traceback


def deco(f):
    return f


@deco
def decorated():
    yield 1


def plain():

    x = 1
    yield x


async def coro():
    pass


for make in (decorated, plain, coro):
    g = make()
    try:
        g.throw(KeyError('k'))
    except KeyError as e:
        traceback.print_exc(file=sys.stdout)
        tb = e.__traceback__.tb_next
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_next)
    print(g.gi_frame if hasattr(g, 'gi_frame') else g.cr_frame)

g = plain()
g.close()
print(g.gi_frame)
g = plain()
try:
    g.throw(ValueError)
except ValueError:
    pass
print(next(g, 'finished'))
# Uncaught, it prints the same.
plain().throw(TypeError('uncaught'))
