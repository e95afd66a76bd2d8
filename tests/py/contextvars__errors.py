# Error cases and messages.
import contextvars, re
from contextvars import ContextVar, Context, Token, copy_context

def attempt(f):
    try:
        r = f()
        print('ok', re.sub('0x[0-9a-f]+', '0x?', repr(r)))
    except Exception as exc:
        print(type(exc).__name__ + ':', re.sub('0x[0-9a-f]+', '0x?', str(exc)))

v = ContextVar('v')
d = ContextVar('d', default=None)
attempt(lambda: v.get())
attempt(lambda: v.get(1, 2))
attempt(lambda: v.get(default=3))
attempt(lambda: d.get())
attempt(lambda: ContextVar(1))
attempt(lambda: ContextVar())
attempt(lambda: ContextVar('a', 'b'))
attempt(lambda: ContextVar('a', default=1, x=2))
attempt(lambda: ContextVar(name='kw').name)
attempt(lambda: ContextVar('a', default=[1]))
attempt(lambda: Token())
attempt(lambda: Context(1))
attempt(lambda: Context(a=1))
attempt(lambda: d.reset(v.set(2)))
attempt(lambda: v.reset(1))
attempt(lambda: v.reset())
attempt(lambda: v.set())
attempt(lambda: v.set(1, 2))

t = v.set(10)
v.reset(t)
attempt(lambda: v.reset(t))
t2 = v.set(11)
attempt(lambda: Context().run(v.reset, t2))
attempt(lambda: v.get())
v.reset(t2)
attempt(lambda: v.get())

attempt(lambda: Context()[1])
attempt(lambda: Context()[v])
attempt(lambda: 'v' in Context())
attempt(lambda: Context().get(1))
attempt(lambda: Context().get())
attempt(lambda: Context().get(v, 1, 2))
attempt(lambda: Context().get(v, default=2))
attempt(lambda: Context().get(v, 2))
attempt(lambda: Context().run())
attempt(lambda: Context.run(1, print))
attempt(lambda: hash(Context()))
attempt(lambda: hash(v) == hash(v))
attempt(lambda: {v: 1}[v])
for base in (ContextVar, Context, Token):
    attempt(lambda: type('X', (base,), {}))
attempt(lambda: Context[int])
attempt(lambda: setattr(v, 'name', 'x'))
attempt(lambda: setattr(t, 'var', 'x'))
attempt(lambda: setattr(t, 'old_value', 'x'))
attempt(lambda: v.foo)
attempt(lambda: setattr(v, 'foo', 1))

import pickle, copy
attempt(lambda: pickle.dumps(v))
attempt(lambda: pickle.dumps(Context()))

ctx = copy_context()
def reenter():
    return ctx.run(lambda: 1)
attempt(lambda: ctx.run(reenter))
attempt(lambda: ctx.run(lambda: 5))
def g(*a, **k):
    return a, k
attempt(lambda: ctx.run(g, 1, 2, x=3))
attempt(lambda: ctx.run(callable=g))

# run keeps working after an error inside
def fail():
    v.set('x')
    1 / 0
attempt(lambda: ctx.run(fail))
attempt(lambda: ctx[v])
attempt(lambda: ContextVar('a', x=1))
attempt(lambda: ctx.run(ctx.copy().run, v.get, 'nested'))
