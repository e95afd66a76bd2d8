# signature() of every kind of callable: methods, classes, callable instances, partial objects,
# decorated functions (__wrapped__), objects with __signature__, and what cannot be inspected.
import functools
import inspect
import sys
from inspect import signature, Signature, Parameter


def show(label, obj, **kwargs):
    try:
        print(label, '->', signature(obj, **kwargs))
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__, e)


class Point:
    def __init__(self, x, y=0, *, label=None):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        pass

    @classmethod
    def origin(cls, *, label=None):
        pass

    @staticmethod
    def distance(a, b, /):
        pass

    def __call__(self, scale: float) -> 'Point':
        pass


show('class', Point)
show('instance (__call__)', Point(1))
show('function in class', Point.move)
show('bound method', Point(1).move)
show('classmethod', Point.origin)
show('classmethod via instance', Point(1).origin)
show('staticmethod', Point.distance)


class Plain:
    pass


class Child(Point):
    pass


class WithNew:
    def __new__(cls, a, *args):
        return super().__new__(cls)


class NewAndInit(WithNew):
    def __init__(self, b):
        pass


class InitThenNew:
    def __init__(self, i):
        pass


class SubNew(InitThenNew):
    def __new__(cls, n, m):
        return object.__new__(cls)


class Meta(type):
    def __call__(cls, meta_a, meta_b=1):
        return super().__call__()


class WithMeta(metaclass=Meta):
    def __init__(self, ignored):
        pass


class StaticCall:
    @staticmethod
    def __call__(value):
        pass


class StarSelf:
    def method(*args, **kwargs):
        pass

    def selfless():
        pass


show('plain class', Plain)
show('inherited __init__', Child)
show('__new__', WithNew)
show('own __init__ after base __new__', NewAndInit)
show('own __new__ after base __init__', SubNew)
show('metaclass __call__', WithMeta)
show('static __call__', StaticCall())
show('bound (*args)', StarSelf().method)
show('bound without self', StarSelf().selfless)
show('Exception subclass', type('E', (Exception,), {}))


# functools.partial
def target(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    pass


show('partial positional', functools.partial(target, 1, 2, 3))
show('partial keyword c', functools.partial(target, 1, 2, c=3))
show('partial keyword-only', functools.partial(target, e=5, f=7))
show('partial of partial', functools.partial(functools.partial(target, 1), 2, d=9))
show('partial too many', functools.partial(lambda a: 0, 1, 2))
show('partial class', functools.partial(Point, 5))
show('partial method', functools.partial(Point(0).move, 1))


# Decorators: functools.wraps sets __wrapped__, which signature() follows.
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def decorated(x, y=2):
    return x + y


show('decorated', decorated)
show('decorated, follow_wrapped=False', decorated, follow_wrapped=False)
show('decorated twice', logged(logged(target)))
print(inspect.unwrap(decorated).__name__, inspect.unwrap(decorated) is decorated.__wrapped__)


def looping():
    pass


looping.__wrapped__ = looping
try:
    inspect.unwrap(looping)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])


def stop_here():
    pass


stop_here.__wrapped__ = target
print(inspect.unwrap(stop_here, stop=lambda f: f is stop_here) is stop_here)

# __signature__ overrides everything; None means "not set".
def custom():
    pass


custom.__signature__ = Signature([Parameter('only', Parameter.KEYWORD_ONLY)])
show('__signature__', custom)
custom.__signature__ = None
show('__signature__ None', custom)
custom.__signature__ = 'not a signature'
show('__signature__ bad', custom)


class HasSig:
    __signature__ = Signature([Parameter('s', Parameter.POSITIONAL_ONLY)])


show('class __signature__', HasSig)

# Lambdas and nested functions.
show('lambda', lambda a, /, b=1, *c, d, **e: None)


def outer():
    def inner(q: 'Q' = None) -> 'R':
        pass
    return inner


show('nested', outer())


async def coro(a, *, timeout=1.0):
    pass


show('coroutine function', coro)

# Builtins without signature information, and non-callables.
for obj in (min, max, iter, next, getattr, vars, dir, int, dict):
    show(repr(obj), obj)
show('object', object)
for obj in (42, None, 'text', [1]):
    show(repr(obj), obj)

# eval_str turns string annotations into objects.
def stringy(a: 'int', b: 'list[str]' = None) -> 'Point':
    pass


show('strings', stringy)
show('eval_str', stringy, eval_str=True)
show('eval_str locals', stringy, eval_str=True, locals={'Point': 'P'}, globals={'int': 'I'})

# Argument Clinic text signatures: a function's __text_signature__, a class's docstring.
def clinic(*args, **kwargs):
    pass


for text in ['($module, obj, /)', '($self, key, default=None, /)', '(iterable=(), /)',
             '(a, b=1, *args, c, d=sys.maxsize, **kw)', '(x=-1, y=1.5, z="s")', '($cls, *args)',
             '(a=undefined_name)', '(a: int)']:
    clinic.__text_signature__ = text
    show(text, clinic)


class Documented:
    "Documented(a, b=1)\n--\n\nThe signature comes from the docstring."


class DocumentedChild(Documented):
    pass


class NotQuite:
    "NotQuite(a)\n\n--\n\nA blank line before the marker."


class Hidden:
    __text_signature__ = '(hidden)'


for cls in (Documented, DocumentedChild, NotQuite, Hidden):
    show(cls.__name__, cls)
