# __init_subclass__ with class keywords, and __set_name__ on descriptors, at class creation.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class A(Base, tag="a"):
    pass

class B(A):
    pass

print(Base.registry, A.tag, B.tag)

class Field:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__.get(self.name, "unset")

class Model:
    title = Field()
    size = Field()

m = Model()
print(m.title, Model.title.name)
