"""`_operator`: the module CPython's operator functions belong to. Reap defines them in
`operator`; this module gives the same functions under the name they carry."""

import operator as _operator_module

globals().update({name: value for name, value in vars(_operator_module).items()
                  if getattr(value, '__module__', None) == '_operator'
                  or name in ('attrgetter', 'itemgetter', 'methodcaller')})
del _operator_module
