# Names a class binds stay its own when an enclosing function's variable of the same name is
# read by its methods, nested classes or comprehensions (class scopes do not enclose).
def make_const(value):
    class Const:
        @property
        def value(self):
            return value
        other = value + 1
    return Const()
c = make_const(42)
print(c.value, c.other, type(c).__dict__['value'].__class__.__name__)
def f():
    v = "function v"
    class K:
        v = "class v"
        w = v
        class Inner:
            got = v
        comp = [v for _ in range(1)]
        def m(self): return v
    return K.Inner.got, K.comp, K.w, K.v, K().m(), v
print(f())
def g():
    x = 1
    class A:
        x = 2
        def get(self): return x
        def setx(self):
            nonlocal x
            x = 10
    a = A()
    a.setx()
    return A.x, a.get(), x
print(g())
def h():
    y = 'outer'
    class B:
        print(y)
        y = 'inner'
        print(y)
        def m(self): return y
    return B().m()
print(h())
