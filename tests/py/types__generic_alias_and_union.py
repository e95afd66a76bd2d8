# Type expressions at run time: list[int] (types.GenericAlias), int | str (types.UnionType),
# __class_getitem__, and isinstance with a union.
import types
from collections import deque, defaultdict, OrderedDict, Counter
from collections.abc import Iterable, Mapping, Sequence, Callable


def total(xs: list[int], scale: float | None = None) -> dict[str, int]:
    return {"sum": sum(xs)}


print(total.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[str], frozenset[bytes], type[int])
print(deque[int], defaultdict[str, int], OrderedDict[str, int], Counter[str])
print(Iterable[int], Mapping[str, int], Sequence[tuple[int, str]])
print(type(list[int]), type(list[int]) is types.GenericAlias)
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a([1, 2]), a(), list[int] == list, dict[str, int]({"x": 1}))
print(int | str, int | None, None | int, int | str | None, (int | str) | float, int | int)
u = int | str
print(type(u), type(u) is types.UnionType, u.__args__, u == (str | int), hash(u) == hash(str | int))
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(3, (float, int | str)))
print(list[int] | None, int | list[str], dict[str, int | None])


class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Registry[int], Registry[str])


class Meta(type):
    def __getitem__(cls, key):
        return (cls.__name__, key)


class Table(metaclass=Meta):
    pass


print(Table["x"], Table[1, 2])


class Plain:
    pass


for expr in [lambda: Plain[int], lambda: int[str], lambda: isinstance(1, list[int]),
             lambda: int | "str", lambda: isinstance(1, 3), lambda: issubclass(int, 3)]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)


class Stack(list[int]):
    pass


s = Stack([1, 2])
print(s, type(s).__mro__[1], isinstance(s, list))
