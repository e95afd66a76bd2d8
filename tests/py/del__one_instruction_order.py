# Several objects dying in one instruction are finalized in the order CPython releases them:
# each __del__ runs (and what it held is released) before the next object's count falls.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return isinstance(other, D)

    def __add__(self, other):
        return 0

    def __lt__(self, other):
        return True

    def __getitem__(self, key):
        return 0

    def __setitem__(self, key, value):
        pass

    def __call__(self, *args, **kwargs):
        return 0


class Holder:
    def __init__(self, name, *inner):
        self.name = name
        self.inner = list(inner)

    def __del__(self):
        print("del holder", self.name, [d.name for d in self.inner])


print("-- binary op: left, then right")
x = D("left") + D("right")
print("-- comparison")
x = D("left") < D("right")
print("-- store subscript: value, container, key")
D("container")[D("key")] = D("value")
print("-- subscript")
x = D("container")[D("key")]
print("-- call: callable, positional, keyword")
x = D("func")(D("a1"), D("a2"), k=D("kw"))
print("-- builtin call")
x = isinstance(D("a"), D("b").__class__)
print("-- tuple unpacking rebinds in order")
p, q = D("p"), D("q")
p, q = 1, 2
print("-- f-string parts")
s = f"{D('f1')}{D('f2')}"
print("-- holders release what they hold after their own __del__")
x = [Holder("h1", D("h1.a"), D("h1.b")), Holder("h2", D("h2.a"))]
x = None
print("-- a function's locals, in slot order, after its value stack")


def work():
    first = D("first")
    second = D("second")
    for item in [D("loop item")]:
        return 0


work()
print("-- keyword arguments")


def kw(**kwargs):
    pass


kw(a=D("ka"), b=D("kb"))
print("-- a builtin method's arguments, in order")
{}.get(D("get key"), D("get default"))
print("-- a dict display: the stack goes once the dict is built, from its top")
x = {D("first key"): D("first value"), D("equal key"): D("second value")}
print("-- a set display: each item goes as it is added")
x = {D("first item"), D("equal item")}
x = None
print("-- a finalizer's own garbage is finalized before the next object")


class G:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("G del", self.n)
        if self.n > 0:
            x = [G(self.n - 1), G(-self.n)]
            print("G mid", self.n)
        print("G end", self.n)


gs = [G(2), G(10)]
del gs
print("end")
