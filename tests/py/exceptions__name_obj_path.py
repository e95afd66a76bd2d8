# AttributeError, NameError and ImportError carry name/obj/path: given as keywords, or filled in
# by the lookup that failed; other exceptions refuse keyword arguments.
for f in [lambda: Exception(x=1), lambda: AttributeError('a', x=1), lambda: NameError(x=1), lambda: ImportError(x=1), lambda: ValueError(1, y=2)]:
    try: f(); print('ok')
    except TypeError as e: print(e)
e = AttributeError(); print(e.name, e.obj)
e = NameError(); print(e.name)
e = ImportError('m', name='a', path='p'); print(e.name, e.path, e.msg, e.args)
e = ImportError('m', 'n'); print(e.msg)
class A(AttributeError):
    def __init__(self, *a, **k): super().__init__(*a, **k)
print(A('q', name='z').name)
try:
    undefined_thing
except NameError as e:
    print(e.name)
def f():
    try:
        return local_undefined
    except NameError as e:
        print(e.name, e)
f()
class C:
    __slots__ = ()
try:
    C().x = 1
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    import nosuchmod
except ImportError as e:
    print(e.name, e.path, e.msg)
import math
try:
    math.nope
except AttributeError as e:
    print(e.name, e.obj is math)
class G:
    def __getattr__(self, n):
        raise AttributeError(n)
try:
    G().q
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
print(getattr(object(), 'x', 'dflt'), hasattr(3, 'real'))
