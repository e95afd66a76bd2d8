# Metaclasses: a type subclass making classes, inherited by subclasses, with methods on classes.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Registry):
    def hello(self):
        return "hi"

class Child(Base):
    pass

print(Registry.classes, Child.describe(), type(Child).__name__, Child().hello())
print(isinstance(Child, Registry), isinstance(Child, type))
