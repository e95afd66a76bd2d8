# typing's objects together with the builtin generics (PEP 585: list[int], collections.abc and
# collections classes subscripted) and unions written with | (PEP 604).
import collections
import collections.abc
import copy
import types
from typing import (Any, Annotated, Dict, Generic, List, Literal, NamedTuple, Optional, TypedDict,
                    TypeVar, Union, get_args, get_origin, get_type_hints)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


# Builtin generics inside typing's forms, and | between the two kinds.
print(Optional[list[int]], Union[list[int], dict[str, int]], List[list[int]], Dict[str, int | None])
print(List[int] | None, None | List[int], int | List[str], List[str] | int)
print(list[int] | List[str], List[int] | list[str], Optional[int] | list[int])
print(Union[int | str, bytes], Optional[int | None], Union[int | None], Union[list[int], list[int]])
print(T | None, int | T, list[int] | T, T | (int | str), Literal['a'] | None)
print(type(int | str) is types.UnionType, type(List[int] | None) is type(Optional[int]))

# Equality and hashing across the two kinds of union.
print(Union[int, str] == (int | str), (int | str) == Union[int, str], Optional[int] == (int | None))
print(Union[int, str] == (str | int), Union[int, str] == (int | bytes), Union[int, str] != (int | str))
print(hash(Union[int, str]) == hash(int | str), len({Union[int, str], int | str, str | int}))
print(List[int] == list[int], list[int] == List[int], Dict[str, int] == dict[str, int])

# Any with |: CPython's Any is a class, so the core's union takes it.
print(int | Any, Any | None, Any | int | str, type(int | Any).__name__, get_args(int | Any))
print(Any | List[int], list[int] | Any, Any | Any)

# get_origin and get_args.
print(get_origin(list[int]) is list, get_origin(dict[str, int]) is dict, get_origin(tuple[int, ...]))
print(get_origin(int | str) is types.UnionType, get_origin(collections.abc.Iterable[int]))
print(get_origin(collections.deque[int]), get_origin(type[int]), get_origin(list))
print(get_args(int | str) == (int, str), get_args(int | None), get_args(list[int]))
print(get_args(dict[str, list[int]]), get_args(tuple[int, ...]), get_args(tuple[()]))
print(get_args(collections.abc.Callable[[int, str], bool]), get_args(collections.abc.Callable[..., int]))
print(get_args(Optional[list[int]]), get_args(List[int | str]))

# Type variables inside builtin generics are found and substituted by typing's aliases.
print(List[list[T]].__parameters__, Dict[K, list[V]].__parameters__, Optional[list[T]].__parameters__)
print(List[list[T]][int], Dict[K, list[V]][str, bytes], Optional[list[T]][int])
print(Union[dict[K, V], None][str, int])

# isinstance() with unions of both kinds.
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(isinstance(1, Union[int, str]), isinstance(None, Optional[str]), isinstance('s', Optional[str]))
print(issubclass(bool, Union[int, str]), issubclass(bytes, Union[int, str]), issubclass(int, int | None))
for check in (lambda: isinstance(1, Optional[list[int]]), lambda: isinstance([], List[int]),
              lambda: isinstance([], list[int]), lambda: isinstance(1, Any),
              lambda: isinstance(1, Union)):
    attempt('isinstance', check)


# Generic classes take builtin generics as arguments, and builtin generics as bases.
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


print(Box[list[int]], Box[int | None], Box[dict[str, T]][int], Box[int](3).__orig_class__)
print(Box.__orig_bases__, Box.__parameters__, Box[list[T]].__parameters__)


class Stack(list[T]):
    pass


class Table(Dict[K, V]):
    pass


class Pairs(collections.abc.Mapping[K, V], Generic[K, V]):
    pass


print(Stack.__orig_bases__, [c.__name__ for c in Stack.__mro__], Stack([1, 2]))
print(Table.__orig_bases__, Table.__parameters__, [c.__name__ for c in Table.__mro__], Table[str, int])
print(Pairs.__parameters__, [c.__name__ for c in Pairs.__mro__])


class Sub(Any):
    pass


print(Sub.__mro__, isinstance(Sub(), Sub), issubclass(Sub, Any), isinstance(Any, type), repr(Any))


def subclass(base):
    def f():
        class X(base):
            pass
        return [c.__name__ for c in X.__mro__]
    return f


for base in (Union[int, str], Optional[int], Literal[1], Union, Generic):
    attempt('subclass %s' % (base,), subclass(base))

# The bare aliases are objects (not classes), with the repr of typing's.
print(repr(List), str(Dict), type(List).__name__, isinstance(List, type), callable(List))
print(List.__name__, List.__qualname__, List.__module__, List[int].__qualname__, Union.__qualname__)


# NamedTuple and TypedDict, plain and generic.
class Pt(NamedTuple):
    x: int
    y: list[int] = []


class GenericPt(NamedTuple, Generic[T]):
    x: T
    y: int = 0

    def first(self) -> T:
        return self.x


print(Pt(1), Pt.__annotations__, [c.__name__ for c in Pt.__mro__], len(Pt.__orig_bases__))
print(GenericPt(1), GenericPt[str]('a', 2), GenericPt.__parameters__, GenericPt(5).first())
print([c.__name__ for c in GenericPt.__mro__], GenericPt._fields, GenericPt[int])
print(repr(NamedTuple).startswith('<function NamedTuple at 0x'), NamedTuple.__name__,
      isinstance(NamedTuple, type), isinstance(TypedDict, type))


class Movie(TypedDict):
    title: str
    tags: list[str]


class Tagged(TypedDict, Generic[T]):
    value: T
    note: str | None


print(Movie(title='x', tags=[]), Movie.__annotations__, [c.__name__ for c in Movie.__mro__])
print(Tagged(value=1, note=None), Tagged.__parameters__, Tagged[int], [c.__name__ for c in Tagged.__mro__])
print(get_type_hints(Tagged))


# get_type_hints with builtin generics and | unions, evaluated or written as strings.
class Node:
    children: list['Node']
    parent: 'Node | None'
    meta: dict[str, int | None]


def f(a: list[int], b: int | None, c: 'list[str] | None', d: list['int'],
      e: Optional[list['Node']] = None, g: dict['str', list['int']] = None) -> dict[str, int | None]:
    pass


def h(a: Annotated[list[int], 'x'], b: list[Annotated[int, 'y']], c: Annotated[int, 'z'] | None,
      d: 'Annotated[str, 1] | None', e: tuple[Annotated[int, 'w'], ...]):
    pass


print(get_type_hints(f))
print(get_type_hints(Node))
print(get_type_hints(h))
print(get_type_hints(h, include_extras=True))

# Copies of type expressions are themselves.
exprs = [List[int], List, Optional[int], int | str, list[int], Box[int]]
print(copy.copy(exprs), all(a == b for a, b in zip(copy.deepcopy(exprs), exprs)))
