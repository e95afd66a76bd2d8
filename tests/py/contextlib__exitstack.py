# contextlib.ExitStack: enter_context, callback, push, pop_all, close, and how exceptions flow.
from contextlib import ExitStack, contextmanager

log = []


@contextmanager
def resource(name):
    log.append('open ' + name)
    try:
        yield name.upper()
    finally:
        log.append('close ' + name)


# Typical use: a variable number of managers, closed in reverse order.
with ExitStack() as stack:
    values = [stack.enter_context(resource(n)) for n in ('a', 'b', 'c')]
    print(values)
print(log)

# callback() with arguments; it returns the callable, so it also works as a decorator.
log.clear()
with ExitStack() as stack:
    def note(text):
        log.append(text)
    print(stack.callback(note, 'first registered') is note)

    @stack.callback
    def at_exit():
        log.append('decorated')
    print(at_exit.__name__)
print(log)

# pop_all() moves the callbacks to a new stack: nothing runs at the end of the with.
log.clear()
with ExitStack() as stack:
    stack.enter_context(resource('kept'))
    moved = stack.pop_all()
print(type(moved).__name__, log)
moved.close()
print(log)
moved.close()  # closing again does nothing
print(log)

# push() takes an __exit__-style callable or an object with __exit__.
class Exiter:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        log.append((self.name, typ.__name__ if typ else None, str(value) if value else None))
        return self.suppress


log.clear()
with ExitStack() as stack:
    ex = Exiter('object')
    print(stack.push(ex) is ex)

    def plain_exit(typ, value, tb):
        log.append(('function', typ and typ.__name__))
    print(stack.push(plain_exit) is plain_exit)
print(log)

# A suppressing exit swallows the exception for the callbacks registered before it.
log.clear()
with ExitStack() as stack:
    stack.push(Exiter('outer'))
    stack.push(Exiter('suppressor', suppress=True))
    stack.push(Exiter('inner'))
    raise ValueError('boom')
print('after with')
print(log)

# An exception raised by a callback replaces the one in flight and is chained to it.
def raiser(typ, value, tb):
    raise KeyError('from callback')


try:
    with ExitStack() as stack:
        stack.push(raiser)
        raise ValueError('original')
except KeyError as e:
    print('KeyError', e, '| context:', repr(e.__context__))

def raise_exc(exc):
    raise exc


# Without an exception from the body, the last callback's exception propagates.
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError('third'))
        stack.callback(raise_exc, KeyError('second'))
except IndexError as e:
    print(repr(e))

# Suppression after a callback raised: the with statement completes normally.
log.clear()
with ExitStack() as stack:
    stack.push(Exiter('suppress late', suppress=True))
    stack.callback(raise_exc, RuntimeError('cb failed'))
print(log)

# enter_context with something that is not a context manager.
class NotACM:
    pass


with ExitStack() as stack:
    try:
        stack.enter_context(NotACM())
    except TypeError as e:
        print('TypeError', e)
    try:
        stack.enter_context(42)
    except TypeError as e:
        print('TypeError', e)

# close() outside any with statement.
log.clear()
stack = ExitStack()
stack.enter_context(resource('manual'))
stack.callback(log.append, 'cb')
stack.close()
print(log)

# The return value of __exit__: True only when an exception came in and was suppressed.
print(ExitStack().__exit__(None, None, None))
print(ExitStack().__exit__(ValueError, ValueError('v'), None))
s = ExitStack()
s.push(lambda *a: True)
print(s.__exit__(ValueError, ValueError('v'), None))
