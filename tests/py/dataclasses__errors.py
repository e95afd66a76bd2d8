# The errors dataclass(), field() and the generated methods raise.
from dataclasses import dataclass, field, fields, InitVar, FrozenInstanceError


def attempt(label, make):
    try:
        make()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'no error')


def non_default_after_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def mutable_default(value):
    def make():
        @dataclass
        class A:
            x: object = value
    return make


class MyList(list):
    pass


class HashableList(list):
    def __hash__(self):
        return 0


def both_defaults():
    field(default=1, default_factory=list)


def field_without_annotation():
    @dataclass
    class A:
        x: int
        y = field(default=1)


def initvar_factory():
    @dataclass
    class A:
        x: InitVar[list] = field(default_factory=list)


attempt('order', non_default_after_default)
attempt('list', mutable_default([]))
attempt('dict', mutable_default({}))
attempt('set', mutable_default(set()))
attempt('bytearray', mutable_default(bytearray()))
attempt('subclass', mutable_default(MyList()))
attempt('hashable subclass', mutable_default(HashableList()))
attempt('tuple of lists', mutable_default(([],)))
attempt('both', both_defaults)
attempt('no annotation', field_without_annotation)
attempt('initvar factory', initvar_factory)


@dataclass
class P:
    x: int
    y: int


attempt('missing one', lambda: P(1))
attempt('missing two', lambda: P())
attempt('too many', lambda: P(1, 2, 3))
attempt('unexpected', lambda: P(1, 2, z=3))
attempt('multiple', lambda: P(1, x=2))


@dataclass(frozen=True)
class F:
    x: int


attempt('frozen set', lambda: setattr(F(1), 'x', 2))
attempt('frozen del', lambda: delattr(F(1), 'x'))
attempt('frozen new attr', lambda: setattr(F(1), 'y', 2))
print(issubclass(FrozenInstanceError, AttributeError))
attempt('fields(int)', lambda: fields(int))
attempt('fields(None)', lambda: fields(None))


# The default is checked only when the field is a real field of this class.
@dataclass
class Later:
    x: int = field(default_factory=lambda: [1])


print(Later())

# A default that is a field() in the class body without annotation in a subclass.
@dataclass
class Base:
    a: int = 1


def subclass_field_no_annotation():
    @dataclass
    class Sub(Base):
        a = field(default=2)


attempt('sub no annotation', subclass_field_no_annotation)
