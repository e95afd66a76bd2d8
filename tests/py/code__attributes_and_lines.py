# Code objects: the co_* attributes in the code type's namespace (members and getsets, as
# CPython's), co_lines() runs covering the instructions in order.
def f(a, b=1, *args, c, **kw):
    x = a + b
    if x:
        return x
    return None
co = f.__code__
lines = [l for _, _, l in co.co_lines()]
# (CPython has an instruction on the `def` line itself, Reap none.)
print(sorted(set(l for l in lines if l is not None) - {co.co_firstlineno}))
spans = list(co.co_lines())
print(all(s < e for s, e, _ in spans), all(a[1] == b[0] for a, b in zip(spans, spans[1:])))
print(spans[0][0], spans[-1][1] == 2 * len(list(co.co_positions())))
print(type(co).co_name, type(co).__dict__['co_name'])
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_flags)
