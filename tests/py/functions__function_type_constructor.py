# types.FunctionType made from a code object: its checks, name, defaults, closure and globals.
import types
def f(x, y=2): return x*y
def mk():
    a = 1
    def g(): return a
    return g
g = mk()
for args in [(1, {}), (f.__code__, []), (f.__code__, {}, 5), (f.__code__, {}, 'n', [1]), (g.__code__, {}), (g.__code__, {}, None, None, (1,)), (f.__code__, {}, None, None, (1,)), (g.__code__, {}, None, None, [1])]:
    try: types.FunctionType(*args)
    except Exception as e: print(type(e).__name__, e)
h = types.FunctionType(f.__code__, {'__name__': 'mod'}, 'h', (5,))
print(h(3), h.__name__, h.__qualname__, h.__module__, h.__defaults__)
k = types.FunctionType(g.__code__, {}, None, None, g.__closure__)
print(k(), k.__name__, k.__qualname__, k.__module__)
def uses_global(): return G
G = 'module G'
print(types.FunctionType(uses_global.__code__, {'G': 'own G'})(), uses_global())
print(types.FunctionType(code=f.__code__, globals={})(4))
