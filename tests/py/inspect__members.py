# getmembers() (sorted, with a predicate), getmembers_static(), classify_class_attrs(),
# getmro(), getclasstree().
import inspect


class Base:
    """A base class."""
    kind = 'base'

    def __init__(self):
        self.instance_attr = 1

    def method(self):
        pass

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x

    @property
    def size(self):
        return 3


class Derived(Base):
    kind = 'derived'
    extra = [1, 2]

    def method(self):
        pass

    def other(self):
        pass


def public(pairs):
    return [(name, value) for name, value in pairs if not name.startswith('__')]


def names(pairs):
    return [name for name, _ in pairs if not name.startswith('__')]


print(names(inspect.getmembers(Derived)))
print(names(inspect.getmembers(Derived())))
print([(n, type(v).__name__) for n, v in public(inspect.getmembers(Derived))])
print([(n, type(v).__name__) for n, v in public(inspect.getmembers(Derived()))])
print([n for n, v in inspect.getmembers(Derived, inspect.isfunction)])
print([(n, v.__func__.__qualname__) for n, v in inspect.getmembers(Derived(), inspect.ismethod)
       if not n.startswith('__')])
print(public(inspect.getmembers(Derived, lambda v: isinstance(v, (str, list, int)))))
print([n for n, v in inspect.getmembers(Derived, inspect.isdatadescriptor) if not n.startswith('__')])
print(inspect.getmembers(Derived(), lambda v: v == 1))

# getmembers_static does not run descriptors.
print([(n, type(v).__name__) for n, v in public(inspect.getmembers_static(Derived))])
print([(n, type(v).__name__) for n, v in public(inspect.getmembers_static(Derived()))])


# A property that fails is still listed, from the class dict.
class Fragile:
    @property
    def broken(self):
        raise AttributeError('nope')

    ok = 1


print([(n, type(v).__name__) for n, v in public(inspect.getmembers(Fragile()))])


# Members of a module and of a plain object.
class Namespace:
    pass


ns = Namespace()
ns.b = 2
ns.a = 1
print(public(inspect.getmembers(ns)))
print([n for n, v in inspect.getmembers(inspect, inspect.isclass) if n in inspect.__all__])

# classify_class_attrs
for attr in inspect.classify_class_attrs(Derived):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__, type(attr.object).__name__)
print(inspect.Attribute._fields)

# getmro / getclasstree
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(inspect.getmro(D))
print(inspect.getclasstree([D, B, C, A]))
print(inspect.getclasstree([D, B, C, A], unique=True))
print(inspect.getclasstree([D, C]))
