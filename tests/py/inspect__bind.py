# Signature.bind() / bind_partial(): BoundArguments (arguments, args, kwargs,
# apply_defaults), and the TypeErrors for calls that would not bind.
import inspect


def test(a, b):
    pass


sig = inspect.signature(test)
ba = sig.bind(10, b=20)
for param in sig.parameters.values():
    if (param.name in ba.arguments and param.default is param.empty):
        print('required:', param.name)
print(test(*ba.args, **ba.kwargs))
print(ba, ba.arguments, ba.args, ba.kwargs, ba.signature is sig)


def foo(a, b='ham', *args):
    pass


ba = inspect.signature(foo).bind('spam')
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments)


def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


sig = inspect.signature(everything)


def attempt(method, *args, **kwargs):
    try:
        bound = method(*args, **kwargs)
    except TypeError as e:
        print('  TypeError:', e)
    else:
        print(' ', bound, bound.args, bound.kwargs)


calls = [
    ((1,), {'d': 4}),
    ((1, 2, 3, 4, 5), {'d': 6, 'x': 7}),
    ((1,), {'c': 30, 'd': 4, 'extra': 0}),
    ((), {}),
    ((1,), {}),
    ((1,), {'b': 2, 'd': 1}),
    ((1,), {'a': 1, 'd': 1}),
    ((1, 2, 3), {'c': 3, 'd': 4}),
    ((1,), {'d': 4, 'args': (9,)}),
]
for args, kwargs in calls:
    print('bind', args, kwargs)
    attempt(sig.bind, *args, **kwargs)
    attempt(sig.bind_partial, *args, **kwargs)


def kw_only(a, b=2, *, c):
    pass


sig = inspect.signature(kw_only)
for args, kwargs in [((1, 2, 3), {}), ((1,), {'c': 1, 'z': 2}), ((), {'b': 1}),
                     ((1, 2), {'a': 1, 'c': 2}), ((), {}), ((), {'c': 0})]:
    print('bind', args, kwargs)
    attempt(sig.bind, *args, **kwargs)
    attempt(sig.bind_partial, *args, **kwargs)

# Only *args or only **kwargs.
attempt(inspect.signature(lambda *args: 0).bind, 1, 2, 3)
attempt(inspect.signature(lambda *args: 0).bind, a=1)
attempt(inspect.signature(lambda **kw: 0).bind, 1)
attempt(inspect.signature(lambda **kw: 0).bind, self=1, sig=2)
attempt(inspect.signature(lambda self: 0).bind, self=1)
attempt(inspect.signature(lambda: 0).bind)
attempt(inspect.signature(lambda: 0).bind, 1)
attempt(inspect.signature(lambda a, /, **kw: 0).bind, 1, a=2)
attempt(inspect.signature(lambda a=1, /, **kw: 0).bind, a=2)

# args/kwargs after the arguments are edited.
sig = inspect.signature(everything)
ba = sig.bind(1, 2, 3, 4, d=5, z=6)
ba.arguments['a'] = 100
del ba.arguments['args']
print(ba.args, ba.kwargs)
ba = sig.bind_partial(d=1)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
ba = inspect.signature(kw_only).bind_partial(b=7, c=2)
print(ba.args, ba.kwargs, ba)
bb = inspect.signature(lambda a, *r, k=1, **o: 0).bind(1)
bb.apply_defaults()
print(bb, bb.args, bb.kwargs)

# Equality of BoundArguments.
sig = inspect.signature(everything)
print(sig.bind(1, d=2) == sig.bind(1, d=2), sig.bind(1, d=2) == sig.bind(1, d=3),
      sig.bind(1, d=2) == inspect.signature(lambda a, d: 0).bind(1, d=2), sig.bind(1, d=2) == 1)

# A bound method's signature has no self; bind it and call.
class Greeter:
    def greet(self, name, punct='!'):
        return 'hello ' + name + punct


g = Greeter()
bound = inspect.signature(g.greet).bind('ann')
print(bound, g.greet(*bound.args, **bound.kwargs))
bound = inspect.signature(Greeter.greet).bind(g, 'bob', punct='?')
print(Greeter.greet(*bound.args, **bound.kwargs))
