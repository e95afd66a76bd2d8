# types.new_class, prepare_class, resolve_bases: creating classes dynamically.
import types


def body(ns):
    ns["greeting"] = "hello"
    ns["greet"] = lambda self, who: f"{self.greeting}, {who}"


Greeter = types.new_class("Greeter", (), {}, body)
print(Greeter.__name__, Greeter().greet("world"), Greeter.__bases__, type(Greeter))

Plain = types.new_class("Plain")
print(Plain.__name__, Plain.__bases__, [k for k in Plain.__dict__ if k == "greeting"])

Sub = types.new_class("Sub", (Greeter,), exec_body=lambda ns: ns.update(greeting="hi"))
print(Sub().greet("you"), Sub.__mro__[1] is Greeter)

WithInit = types.new_class("WithInit", (Greeter,), {},
                          lambda ns: ns.update(__init__=lambda self, g: setattr(self, "greeting", g)))
print(WithInit("hey").greet("there"), issubclass(WithInit, Greeter))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, [b.__name__ for b in bases], kwds)
        return {"from_prepare": True}

    def __new__(mcls, name, bases, ns, **kwds):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kwds)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


M = types.new_class("M", (), {"metaclass": Meta, "flavor": "x"}, lambda ns: ns.update(y=2))
print(type(M) is Meta, M.from_prepare, M.y)
M2 = types.new_class("M2", (M,), {"flavor": "inherited"})
print(type(M2) is Meta)

print(types.prepare_class("A"))
print(types.prepare_class("A", (int,), {"metaclass": type, "k": 1}))
meta, ns, kw = types.prepare_class("B", (M,), {"extra": 1})
print(meta is Meta, ns, kw)
kw_in = {"metaclass": Meta, "z": 1}
types.prepare_class("C", (), kw_in)
print(kw_in)

print(types.resolve_bases((int, str)))


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


class Empty:
    def __mro_entries__(self, bases):
        return ()


bases = (int,)
print(types.resolve_bases(bases) is bases)
print(types.resolve_bases((Entries(), str)), types.resolve_bases((Empty(), Entries())))
e = Entries()
D = types.new_class("D", (e,))
print(D.__bases__, D.__orig_bases__[0] is e, issubclass(D, dict))
print("__orig_bases__" in Greeter.__dict__)


class BadEntries:
    def __mro_entries__(self, bases):
        return dict


class M1(type):
    pass


class M2(type):
    pass


A1 = M1("A1", (), {})
A2 = M2("A2", (), {})
for f in (lambda: types.resolve_bases((BadEntries(),)), lambda: types.new_class("X", (A1, A2)),
          lambda: types.prepare_class("Y", (A1,), {"metaclass": M2})):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)


# A metaclass that is a plain function, not a class.
def factory(name, bases, ns, **kw):
    return f"made {name} {sorted(k for k in ns if not k.startswith('__'))} {kw}"


print(types.new_class("F", (), {"metaclass": factory, "opt": 1}, lambda ns: ns.update(q=1)))
print(types.prepare_class("F", (), {"metaclass": factory}))
