# Code objects list the names they use (co_names) and their constants; functions, builtins and
# methods answer __call__.
def f(a, b=2):
    x = len(a)
    return x + b
co = f.__code__
print(co.co_names, "len" in co.co_names, None in co.co_consts or 2 in co.co_consts or True)
print(hasattr(len, "__call__"), hasattr(f, "__call__"), hasattr([].append, "__call__"), f.__call__([1]), len.__call__("ab"))
print(callable(f.__call__), [].append.__call__ is not None)
