# get_type_hints, get_origin and get_args.
from typing import (get_type_hints, get_origin, get_args, List, Dict, Optional, Union, Callable,
                    Tuple, Literal, Annotated, ClassVar, Final, Generic, TypeVar, Any, ForwardRef,
                    ParamSpec, Concatenate, Iterable, Type, NamedTuple, no_type_check)
import collections.abc

T = TypeVar('T')
P = ParamSpec('P')

print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Tuple[int, ...]))
print(get_origin(Optional[int]), get_origin(Union[int, str]), get_origin(Literal[42]))
print(get_origin(ClassVar[int]), get_origin(Final[int]), get_origin(Annotated[int, 'x']))
print(get_origin(Callable[[int], str]) is collections.abc.Callable, get_origin(Iterable[T]) is collections.abc.Iterable)
print(get_origin(int), get_origin(None), get_origin('List[int]'), get_origin(T))
print(get_origin(Generic), get_origin(P.args), get_origin(P.kwargs), get_origin(Type[int]))
print(get_origin(List), get_origin(Dict), get_origin(Callable) is collections.abc.Callable)

print(get_args(List[int]), get_args(Dict[str, int]), get_args(int), get_args(List))
print(get_args(Optional[int]), get_args(Union[int, str, None]))
print(get_args(Callable[[int, str], bool]), get_args(Callable[[], int]), get_args(Callable[..., int]))
print(get_args(Callable[P, int]), get_args(Callable[Concatenate[int, P], int]))
print(get_args(Tuple[int, ...]), get_args(Tuple[()]), get_args(Literal['a', 'b']))
print(get_args(Annotated[int, 'meta', 2]), get_args(ClassVar[List[int]]))
print(get_args(Union[int, Union[T, int], str][int]))
print(get_args(Callable[[], T][int]))


def func(a: int, b: 'str', c: Optional['List[int]'] = None, *args: float, **kw: 'Dict[str, Any]') -> 'bool':
    return True


print(get_type_hints(func))


class Node:
    value: int
    next: 'Optional[Node]'
    children: List['Node']
    meta: ClassVar[Dict[str, int]] = {}
    limit: Final = 3

    def link(self, other: 'Node') -> 'Node':
        return other


class Leaf(Node):
    weight: float


print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(Node.link))
print(get_type_hints(Node().link))
print(get_type_hints(len), get_type_hints(lambda x: x))


def annotated(x: Annotated[int, 'positive'], y: List[Annotated[str, 'name']]) -> Annotated[None, 'nothing']:
    pass


print(get_type_hints(annotated))
print(get_type_hints(annotated, include_extras=True))


def none_ret(x: None) -> None:
    pass


print(get_type_hints(none_ret))


# Explicit namespaces.
def later(x: 'Later') -> 'int':
    return 0


try:
    get_type_hints(later)
except NameError as e:
    print(type(e).__name__, e)
print(get_type_hints(later, {'Later': float}))
print(get_type_hints(later, None, {'Later': complex}))


class Later:
    pass


print(get_type_hints(later))


@no_type_check
def unchecked(x: 'not a type at all !') -> 'nope':
    pass


print(get_type_hints(unchecked), unchecked.__no_type_check__)


class Pt(NamedTuple):
    x: int
    y: 'float'


print(get_type_hints(Pt))

try:
    get_type_hints(3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    def bad(x: 'a b'): pass
    get_type_hints(bad)
except SyntaxError as e:
    print(type(e).__name__, e)

ref = ForwardRef('List[int]')
print(ref, ref == ForwardRef('List[int]'), ref != ForwardRef('int'), hash(ref) == hash(ForwardRef('List[int]')))
print(ref.__forward_arg__, ref.__forward_evaluated__, ForwardRef('X', module='m'))
print(List['Node'], get_args(List['Node'])[0] == ForwardRef('Node'))
try:
    ForwardRef(3)
except TypeError as e:
    print(type(e).__name__, e)
