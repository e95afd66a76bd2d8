# A decorated function's or class's code starts at its first decorator (co_firstlineno, and so
# inspect.getsource), and a decorator that raises is reported at its own line.
import functools
import inspect


def deco(f):
    return f


def tagged(label):
    def wrap(f):
        f.label = label
        return f
    return wrap


@deco
@tagged("x")
def decorated(a):
    return a + 1


@functools.lru_cache
def cached(n):
    return n


class Box:
    @staticmethod
    def make():
        return Box()

    @property
    def size(self):
        return 3


print(decorated.__code__.co_firstlineno, decorated.label)
print(inspect.getsource(decorated))
print(inspect.getsource(Box.make))
print(Box.size.fget.__code__.co_firstlineno, cached.__wrapped__.__code__.co_firstlineno)


def refuse(obj):
    raise TypeError(f"cannot decorate {obj.__name__}")


try:
    @deco
    @refuse
    def f():
        pass
except TypeError as e:
    print(e, e.__traceback__.tb_lineno)


@deco
@refuse
class C:
    pass
