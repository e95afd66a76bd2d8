# Isolation between contexts, snapshots, and patterns from the docs.
from contextvars import ContextVar, Context, copy_context

request_id = ContextVar('request_id', default='-')
user = ContextVar('user')

def state(ctx=None):
    ctx = ctx if ctx is not None else copy_context()
    return sorted((k.name, v) for k, v in ctx.items())

def handle(rid, name):
    request_id.set(rid)
    user.set(name)
    return log('handled')

def log(msg):
    return '[%s %s] %s' % (request_id.get(), user.get('anonymous'), msg)

contexts = [copy_context() for _ in range(3)]
for i, ctx in enumerate(contexts):
    print(ctx.run(handle, 'r%d' % i, 'user%d' % i))
print(log('outside'))
for ctx in contexts:
    print(ctx.run(log, 'again'), state(ctx))

# a copy is a snapshot: later sets in either side stay separate
base = copy_context()
base.run(request_id.set, 'base')
snap = base.copy()
base.run(request_id.set, 'changed')
print(base[request_id], snap[request_id], state(base), state(snap))

# iterating over a context is not disturbed by sets made during the loop
ctx = Context()
vars_ = [ContextVar('v%d' % i) for i in range(5)]
def fill():
    for i, v in enumerate(vars_):
        v.set(i)
ctx.run(fill)
def loop():
    seen = []
    for v in ctx:
        seen.append(v.name)
        user.set('looped')
    return sorted(seen), len(ctx)
print(ctx.run(loop), user in ctx, ctx[user])
print(len(ctx.keys()), len(ctx.values()), len(ctx.items()), sorted(ctx.values(), key=str))

# tokens restore old values across several levels
t1 = request_id.set('a')
t2 = request_id.set('b')
t3 = request_id.set('c')
print(request_id.get(), t3.old_value, t2.old_value, t1.old_value)
request_id.reset(t3); print(request_id.get())
request_id.reset(t2); print(request_id.get())
request_id.reset(t1); print(request_id.get(), request_id in copy_context())

# a token from one context cannot reset in another even for the same var
tok = request_id.set('x')
other = copy_context()
try:
    other.run(request_id.reset, tok)
except ValueError as exc:
    print('ValueError', 'different Context' in str(exc))
request_id.reset(tok)

# generators keep running in whatever context is current when resumed
def gen():
    while True:
        yield request_id.get()
g = gen()
c1 = Context(); c1.run(request_id.set, 'c1')
c2 = Context(); c2.run(request_id.set, 'c2')
print(c1.run(next, g), c2.run(next, g), next(g))

# contexts equality follows content
a = Context(); b = Context()
a.run(user.set, 1); b.run(user.set, 1)
print(a == b, a != b)
b.run(user.set, 2)
print(a == b, a != b)
