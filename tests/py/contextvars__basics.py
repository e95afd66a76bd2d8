# Typical ContextVar / Context use, as the documentation shows it.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

var = ContextVar('var', default=42)
print(var.name, var.get(), var.get(7))
print(repr(var).startswith("<ContextVar name='var' default=42 at 0x"))

token = var.set('new value')
print(var.get(), token.var is var, token.old_value is Token.MISSING)
print(repr(token).startswith("<Token var=<ContextVar name='var' default=42 at 0x"))
token2 = var.set('newer')
print(token2.old_value, var.get())
var.reset(token2)
print(var.get())
var.reset(token)
print(var.get(), repr(token).startswith('<Token used var='))
print(repr(Token.MISSING), type(Token.MISSING))

plain = ContextVar('plain')
print(repr(plain).startswith("<ContextVar name='plain' at 0x"))
print(plain.get('fallback'), plain.get(None))
try:
    plain.get()
except LookupError as exc:
    print('LookupError', exc.args[0] is plain)

# copy_context and run
ctx = copy_context()
print(type(ctx).__name__, len(ctx), list(ctx.items()))

def main(x, *, y=0):
    var.set('spam')
    plain.set(x + y)
    return var.get(), plain.get(), len(copy_context())

print(ctx.run(main, 1, y=2))
print(var.get(), plain.get('unset'))
print(ctx[var], ctx[plain], ctx.get(var), var in ctx, plain in ctx, len(ctx))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(map(str, ctx.values())), sorted((k.name, v) for k, v in ctx.items()))

# running the same context again sees its state
print(ctx.run(var.get), ctx.run(plain.get))
ctx2 = ctx.copy()
ctx2.run(var.set, 'eggs')
print(ctx[var], ctx2[var], ctx == ctx2, ctx2 != ctx)
print(Context() == Context(), Context() == 1, len(Context()), list(Context()))

# a fresh empty context
empty = Context()
print(empty.run(var.get), empty.run(plain.get, 'dflt'), var in empty, empty.get(var, 'd'))

# run restores the context after an exception
def boom():
    var.set('inside')
    raise KeyError('x')
try:
    ctx.run(boom)
except KeyError as exc:
    print('KeyError', exc)
print(var.get(), ctx[var])

# nested runs of different contexts
outer = copy_context()
def level2():
    var.set('level2')
    return var.get()
def level1():
    var.set('level1')
    r = Context().run(level2)
    return r, var.get()
print(outer.run(level1), var.get(), outer[var])
print(ContextVar[int], Token[str], contextvars.__all__)
print(ContextVar.__module__, Context.__module__, Token.__module__, copy_context.__module__)
