# The errors of Parameter() and Signature(): bad kinds, names, defaults, parameter order.
from inspect import Parameter as P, Signature as S


def attempt(func, *args, **kwargs):
    try:
        print(' ', func(*args, **kwargs))
    except Exception as e:
        print(' ', type(e).__name__, e)


attempt(P, 'a', 7)
attempt(P, 'a', 'keyword')
attempt(P, 'a', -1)
attempt(P, 'a', 1.0)
attempt(P, 'a', True)
attempt(P, 'a', P.VAR_POSITIONAL, default=1)
attempt(P, 'a', P.VAR_KEYWORD, default=None)
attempt(P, P.empty, 1)
attempt(P, 1, 1)
attempt(P, None, 1)
attempt(P, '', 1)
attempt(P, '1a', 1)
attempt(P, 'a b', 1)
attempt(P, 'class', 1)
attempt(P, 'class', P.POSITIONAL_ONLY)
attempt(P, 'None', P.KEYWORD_ONLY)
attempt(P, 'ünï', 1)
# Comprehensions' implicit argument.
attempt(P, '.0', P.POSITIONAL_OR_KEYWORD)
attempt(lambda: P('.0', P.POSITIONAL_OR_KEYWORD).kind)
attempt(P, '.0', P.POSITIONAL_ONLY)
attempt(P, '.1', P.KEYWORD_ONLY)
attempt(P, '.x', 1)
attempt(lambda: P('a', 1).replace(kind=9))
attempt(lambda: P('a', 1).replace(name='b c'))
attempt(lambda: P('a', 2).replace(default=0))

attempt(S, [P('a', 1), P('b', 0)])
attempt(S, [P('a', 3), P('b', 1)])
attempt(S, [P('a', 4), P('b', 2)])
attempt(S, [P('a', 4), P('b', 3)])
attempt(S, [P('a', 1, default=1), P('b', 1)])
attempt(S, [P('a', 0, default=1), P('b', 1)])
attempt(S, [P('a', 0, default=1), P('b', 2), P('c', 3)])
attempt(S, [P('a', 1), P('a', 3)])
attempt(S, [P('a', 3), P('b', 3, default=1), P('c', 3)])
attempt(S, [P('a', 2), P('b', 2)])
attempt(S, [P('k', 4), P('kw', 4)])
attempt(S, (P(n, 1) for n in 'xyz'))
attempt(S, [P('a', 1)], return_annotation=None)
attempt(S, [P('b', 1, default=0), P('a', 1)], __validate_parameters__=False)
attempt(S, ['a'])
attempt(S, [P('a', 1)], 'x')
attempt(lambda: S([P('a', 1)]).replace(parameters=[P('b', 2), P('a', 1)]))
attempt(lambda: S().parameters.__setitem__('a', 1))
attempt(lambda: setattr(P('a', 1), 'name', 'b'))
attempt(lambda: setattr(P('a', 1), 'other', 1))
attempt(lambda: setattr(S(), 'x', 1))
