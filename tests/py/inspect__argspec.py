# getfullargspec(), getcallargs() and their errors, get_annotations().
import functools
import inspect


def everything(a, b: int = 2, /, c=3, *args: str, d, e=5, **kw) -> bool:
    pass


class Klass:
    def __init__(self, x, y=1):
        pass

    def method(self, m: int = 1) -> None:
        pass


print(inspect.getfullargspec(everything))
print(inspect.getfullargspec(lambda: 0))
print(inspect.getfullargspec(Klass().method))
print(inspect.getfullargspec(Klass))
print(inspect.getfullargspec(functools.partial(everything, 1, d=2)))
spec = inspect.getfullargspec(lambda x, *, y=1: 0)
print(spec.args, spec.kwonlyargs, spec.kwonlydefaults, spec.defaults, spec._fields)
for bad in (len, 1, None):
    try:
        inspect.getfullargspec(bad)
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)


def attempt(func, *args, **kwargs):
    try:
        print(' ', inspect.getcallargs(func, *args, **kwargs))
    except TypeError as e:
        print('  TypeError', e)


for args, kwargs in [((1,), {'d': 2}), ((), {}), ((1, 2, 3, 4), {'d': 1, 'q': 2}),
                     ((1,), {'a': 2, 'd': 3})]:
    attempt(everything, *args, **kwargs)


def plain(a, b, c=1, *, d, e, f=2):
    pass


for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2), {'d': 1}), ((1, 2, 3, 4), {}),
                     ((1, 2, 3, 4), {'d': 1}), ((1, 2, 3, 4, 5), {'d': 1, 'e': 2}),
                     ((1, 2), {'z': 1}), ((1, 2), {'a': 1}), ((1, 2, 3), {'d': 1, 'e': 2}),
                     ((1, 2), {'d': 1, 'e': 2, 'f': 3, 'c': 4})]:
    attempt(plain, *args, **kwargs)


def one(a):
    pass


attempt(one)
attempt(one, 1, 2)
attempt(lambda: 0, 1)
attempt(lambda: 0, 1, 2)
attempt(lambda *a: 0, 1, x=1)
attempt(lambda x, *a: 0)
attempt(lambda a, b, c, d: 0, 1)
attempt(lambda a=1: 0, 1, 2, 3)
attempt(Klass().method)
attempt(Klass().method, 5, 6)
attempt(Klass.method, Klass(), m=3)


def annotated(a: int, b: 'str' = '', *c: 'list[int]') -> 'Klass':
    pass


print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))
print(inspect.get_annotations(annotated, eval_str=True, locals={'Klass': 'local'}))
print(inspect.get_annotations(annotated) is not annotated.__annotations__)


class WithAnnotations:
    x: int
    y: 'str' = 'a'


class Inheriting(WithAnnotations):
    pass


print(inspect.get_annotations(WithAnnotations), inspect.get_annotations(WithAnnotations, eval_str=True))
print(inspect.get_annotations(Inheriting), inspect.get_annotations(Klass))
print(inspect.get_annotations(inspect), inspect.get_annotations(functools.partial(annotated)))


@functools.wraps(annotated)
def wrapper(*args):
    pass


wrapper.__annotations__ = {'z': 'Klass'}
print(inspect.get_annotations(wrapper, eval_str=True))


def no_annotations():
    pass


no_annotations.__annotations__ = None
print(inspect.get_annotations(no_annotations))
for bad in (1, 'text'):
    try:
        inspect.get_annotations(bad)
    except TypeError as e:
        print('TypeError', e)
no_annotations.__annotations__ = {}
print(inspect.get_annotations(no_annotations))
