# contextlib: contextmanager (also as a decorator), suppress, closing, nullcontext,
# ContextDecorator and AbstractContextManager.
import contextlib
from contextlib import (contextmanager, suppress, closing, nullcontext, ContextDecorator,
                        AbstractContextManager)


@contextmanager
def tag(name):
    """Wrap the output in <name> ... </name>."""
    print(f'<{name}>')
    try:
        yield name
    finally:
        print(f'</{name}>')


with tag('h1') as t:
    print('title', t)
print(tag.__name__, tag.__doc__)
print(tag('p').__doc__)

# The generator sees the block's exception and may handle it.
@contextmanager
def handler():
    try:
        yield
    except ZeroDivisionError as e:
        print('handled', e)


with handler():
    1 / 0
print('continued')

try:
    with handler():
        raise KeyError('not handled')
except KeyError as e:
    print('propagated', repr(e))

# A @contextmanager function used as a decorator: a fresh generator for each call.
@tag('call')
def work(x):
    print('working on', x)
    return x * 2


print(work(3), work(4))
print(work.__name__)

# Generator misbehaviour.
@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def ignores_exception():
    try:
        yield
    except ValueError:
        pass
    yield


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    with ignores_exception():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

# StopIteration raised in the block is not swallowed by the generator finishing.
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration('from block')
except StopIteration as e:
    print('StopIteration', e)

# The generator may replace the exception.
@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError('translated') from e


try:
    with translate():
        {}['x']
except LookupError as e:
    print(type(e).__name__, e, repr(e.__cause__))

# suppress
with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with suppress(LookupError):
    {}['missing']
print('suppressed KeyError through its base class')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError not suppressed')
with suppress():
    pass
print('empty suppress ok')

# closing
class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)
try:
    with closing(Resource()):
        raise ValueError('inside')
except ValueError as e:
    print('ValueError', e)

# nullcontext
with nullcontext() as v:
    print(v)
with nullcontext(42) as v:
    print(v)

def maybe_open(use_cm):
    return tag('real') if use_cm else nullcontext('fake')


for use in (True, False):
    with maybe_open(use) as v:
        print('got', v)

# ContextDecorator subclass
class traced(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print('enter', self.label)
        return self

    def __exit__(self, *exc):
        print('exit', self.label, exc[0].__name__ if exc[0] else None)
        return False


@traced('decorated')
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__)
with traced('as with'):
    print('body')

# AbstractContextManager: default __enter__, abstract __exit__, structural checks.
class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        return None


m = Mine()
with m as got:
    print(got is m)
try:
    class Incomplete(AbstractContextManager):
        pass
    Incomplete()
except TypeError as e:
    print('TypeError', e)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


class NotDuck:
    def __enter__(self):
        return self


print(issubclass(Duck, AbstractContextManager), issubclass(NotDuck, AbstractContextManager))
print(isinstance(suppress(), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
print(isinstance(contextlib.ExitStack(), AbstractContextManager), isinstance(42, AbstractContextManager))
print(isinstance(tag('x'), AbstractContextManager), isinstance(tag('x'), ContextDecorator))
