# inspect.signature() as the docs show it: Signature and Parameter objects, their str(),
# repr(), kinds, replace(), equality.
import inspect
from inspect import signature, Parameter, Signature


def foo(a, *, b: int, **kwargs):
    pass


sig = signature(foo)
print(str(sig))
print(str(sig.parameters['b']))
print(sig.parameters['b'].annotation)
print(repr(sig))
print(sig.parameters)
print(list(sig.parameters), type(sig.parameters).__name__)


# Every kind of parameter, annotations, defaults, return annotation.
def everything(a, b: int = 1, /, c=2, *args: str, d, e: float = 3.0, **kw: bool) -> list:
    pass


sig = signature(everything)
print(sig)
for name, param in sig.parameters.items():
    print(name, repr(param), param.kind, param.kind.description, repr(param.kind),
          param.default is Parameter.empty, param.annotation is Parameter.empty)
print(sig.return_annotation)


# How parameters print: '/' after positional-only ones, '*' before keyword-only ones.
def posonly(a, b, /):
    pass


def posonly_then_kw(a, /, *, k):
    pass


def kwonly(*, a, b=2):
    pass


def varargs_kwonly(*args, k, **kw):
    pass


def no_params():
    pass


for f in (posonly, posonly_then_kw, kwonly, varargs_kwonly, no_params, lambda x, y=[1]: 0):
    print(f.__name__, signature(f))


# Default values print with repr(); annotations by name (builtins) or module.qualname.
class Widget:
    pass


def defaults(s='it\'s', b=b'\x00', f=1.5, n=None, t=(1, 'a'), w=Widget, fl=float('inf')):
    pass


def annotated(w: Widget, lw: list[Widget], s: 'a string', n: None = None) -> Widget:
    pass


print(signature(defaults))
print(signature(annotated))
print(inspect.formatannotation(Widget), inspect.formatannotation(Widget, '__main__'))
print(inspect.formatannotation(list[int]), inspect.formatannotation('x'), inspect.formatannotation(3))
print(inspect.formatannotationrelativeto(Widget)(Widget), inspect.formatannotationrelativeto(Widget)(int))

# Building signatures by hand.
params = [Parameter('x', Parameter.POSITIONAL_ONLY),
          Parameter('y', Parameter.POSITIONAL_OR_KEYWORD, default=0, annotation=int),
          Parameter('rest', Parameter.VAR_POSITIONAL),
          Parameter('flag', Parameter.KEYWORD_ONLY, default=False),
          Parameter('options', Parameter.VAR_KEYWORD, annotation=dict)]
made = Signature(params, return_annotation='Result')
print(made)
print(Signature(), Signature(return_annotation=int), Signature(params[:2]))

# replace() gives modified copies.
print(made.replace(return_annotation=Signature.empty))
print(made.replace(parameters=params[1:2]))
p = params[1]
print(p.replace(name='z'), p.replace(default=Parameter.empty), p.replace(annotation=Parameter.empty))
print(p.replace(kind=Parameter.KEYWORD_ONLY).kind, p)

# Equality and hashing: keyword-only parameters compare regardless of order.
print(signature(kwonly) == signature(lambda *, b=2, a: 0))
print(signature(posonly) == signature(lambda a, b, /: 0), signature(posonly) == signature(lambda b, a, /: 0))
print(hash(signature(kwonly)) == hash(signature(lambda *, b=2, a: 0)))
print(p == Parameter('y', 1, default=0, annotation=int), p == Parameter('y', 1), hash(p) == hash(p.replace()))
print(sig == 'x', p == 'y', sig != signature(no_params))

# The kinds are an IntEnum.
print(list(Parameter.POSITIONAL_ONLY.__class__))
print(Parameter.KEYWORD_ONLY > Parameter.VAR_POSITIONAL, Parameter.VAR_KEYWORD == 4, int(Parameter.POSITIONAL_OR_KEYWORD))
print(str(Parameter.VAR_POSITIONAL), Parameter.VAR_POSITIONAL.name, Parameter.VAR_POSITIONAL.value)
print(Parameter.empty, Signature.empty, Parameter.empty is Signature.empty)
print(Signature.from_callable(foo) == sig, Signature.from_callable(foo))
