# A builtin type's method called through its class checks its receiver as CPython's method
# descriptors and slot wrappers do: none at all, or an object of another type, is a TypeError.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for label, f in [
    ("list.append()", lambda: list.append()),
    ("list.append(5, 1)", lambda: list.append(5, 1)),
    ("dict.keys()", lambda: dict.keys()),
    ("dict.get('a', 1)", lambda: dict.get('a', 1)),
    ("str.join()", lambda: str.join()),
    ("str.join(1, [])", lambda: str.join(1, [])),
    ("object.__eq__()", lambda: object.__eq__()),
    ("object.__repr__()", lambda: object.__repr__()),
    ("object.__sizeof__()", lambda: object.__sizeof__()),
    ("object.__reduce_ex__()", lambda: object.__reduce_ex__()),
    ("int.__add__('a', 1)", lambda: int.__add__('a', 1)),
    ("int.__ge__(range(2), 0)", lambda: int.__ge__(range(2), 0)),
    ("float.hex(1)", lambda: float.hex(1)),
    ("bytes.decode('x')", lambda: bytes.decode('x')),
    ("set.add(frozenset(), 1)", lambda: set.add(frozenset(), 1)),
    ("int.bit_length(True)", lambda: int.bit_length(True)),
    ("type.mro(int)", lambda: type.mro(int)[0]),
    ("BaseException.with_traceback(1, None)", lambda: BaseException.with_traceback(1, None)),
    ("range.__contains__(range(2), 'x')", lambda: range.__contains__(range(2), 'x')),
    ("'x' in range(2)", lambda: 'x' in range(2)),
    ("1.0 in range(2)", lambda: 1.0 in range(2)),
    ("range(2) >= 0", lambda: range(2) >= 0),
    ("range.__ge__(range(2), 0)", lambda: range.__ge__(range(2), 0)),
    ("range.__eq__(range(2), range(0, 2))", lambda: range.__eq__(range(2), range(0, 2))),
    ("list.__lt__([1], 5)", lambda: list.__lt__([1], 5)),
    ("dict.__lt__({}, {})", lambda: dict.__lt__({}, {})),
    ("int.__lt__(1, 'a')", lambda: int.__lt__(1, 'a')),
    ("tuple.__le__((1,), (1, 2))", lambda: tuple.__le__((1,), (1, 2))),
    ("str.maketrans()", lambda: str.maketrans()),
    ("str.maketrans(1, 2, 3, 4)", lambda: str.maketrans(1, 2, 3, 4)),
    ("str.maketrans('ab')", lambda: str.maketrans('ab')),
    ("str.maketrans({'ab': 1})", lambda: str.maketrans({'ab': 1})),
    ("str.maketrans({1.5: 1})", lambda: str.maketrans({1.5: 1})),
    ("str.maketrans({'a': 'b', 66: None})", lambda: str.maketrans({'a': 'b', 66: None})),
    ("str.maketrans('ab', 'cd', 5)", lambda: str.maketrans('ab', 'cd', 5)),
    ("str.maketrans(1, 'a')", lambda: str.maketrans(1, 'a')),
    ("str.maketrans('abc', 'de')", lambda: str.maketrans('abc', 'de')),
    ("str.maketrans('ab', 'cd', 'e')", lambda: str.maketrans('ab', 'cd', 'e')),
]:
    attempt(label, f)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, kw)
        return super().__prepare__(name, bases, **kw)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class A(Base, flag=1):
    pass


print(type.__prepare__("X", ()), A.__name__)
print("hello".translate(str.maketrans("lo", "01", "h")))
