# A metaclass's __prepare__ makes the namespace a class body runs in; class keywords reach
# __prepare__, __new__ and __init__.

class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kwds)
        ns = super().__prepare__(name, bases)
        ns["injected"] = 42
        return ns

    def __new__(mcls, name, bases, ns, **kwds):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class Base(metaclass=Recording):
    def method(self):
        return self.injected


class Child(Base, flavour="sweet"):
    x = 1


print(Child.injected, Child().method(), type(Child).__name__)
print(type.__prepare__("X", ()), type(type.__prepare__("X", ())).__name__)


class Plain:
    pass


class M2(type):
    def __prepare__(name, bases):
        return {"from_prepare": name}


class C(metaclass=M2):
    seen = from_prepare


print(C.seen)


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return super().__prepare__(name, bases, **kwds)

    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        print("init", name, kwds)
        super().__init__(name, bases, ns)


class Root(metaclass=Strict):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Leaf(Root, colour="red"):
    pass
