# The messages of calls that pass arguments wrongly: a star argument that cannot be iterated
# (naming the function when it is the call's only positional argument), ** of a non-mapping
# or a key given twice (naming the class or method as module.qualname()), and too many
# positional arguments beside keyword-only ones.
def g(*a): pass
try:
    g(*5)
except TypeError as e:
    print(e)
try:
    [*None]
except TypeError as e:
    print(e)
class C:
    def m(self, **k): pass
try:
    C().m(**[1])
except TypeError as e:
    print(e)
def g(*a, **k): return a, k
print(g(*(1,2)), g(*[3], x=1), g(*"ab", **{"y": 2}), g(*range(2)))
class C:
    def m(self, *a): return a
print(C().m(*[1]))
def f(a, *, e): pass
def g(a, b=1, *, e, h=2): pass
for call in [lambda: f(1, 2, e=3), lambda: g(1, 2, 3, e=1, h=2), lambda: g(1, 2, 3, e=1), lambda: f(1, 2)]:
    try:
        call()
    except TypeError as err:
        print(err)
def z(*, k): pass
try:
    z(1, k=2)
except TypeError as err:
    print(err)
class Foo:
    def __init__(self, a=0): pass
for call in (lambda: Foo(a=1, **{"a": 2}), lambda: dict(a=1, **{"a": 2})):
    try: call()
    except TypeError as e: print(e)
for call in (lambda: print(*None), lambda: [1, *None], lambda: (*3,), lambda: {**[1]}):
    try:
        call()
    except TypeError as e:
        print(e)
