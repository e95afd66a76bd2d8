# The reprs of subscripted special forms and aliases.
from typing import *
import typing

T = TypeVar('T')
S = TypeVar('S', covariant=True)
U = TypeVar('U', contravariant=True)

print(Optional[int])
print(Union[int, str])
print(List[int])
print(Dict[str, Any])
print(Callable[[int], str])
print(T, S, U)
print(Literal['a', 1])
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, Union, Optional, Literal)
print(Concatenate, TypeGuard, Required, NotRequired, Unpack)
print(Optional[List[int]], Dict[str, List[Tuple[int, ...]]])
print(Callable[..., int], Callable[[], None], Callable[[int, str], List[int]])
print(Callable[[Callable[[int], int]], Optional[str]])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[...])
print(Type[int], Type[Any], FrozenSet[bytes], Set[T])
print(Iterable[int], Iterator[str], Sequence[T], Mapping[str, int], MutableMapping[str, T])
print(Generator[int, None, str], Deque[int], DefaultDict[str, int], OrderedDict[str, int])
print(Counter[str], ChainMap[str, int], AbstractSet[int], MutableSet[int], Collection[int])
print(Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[int], AsyncIterable[str])
print(AsyncGenerator[int, None], ContextManager[int], AsyncContextManager[str], Reversible[int])
print(KeysView[str], ValuesView[int], ItemsView[str, int], MappingView[int], Container[int])
print(ClassVar[int], Final[str], TypeGuard[int], Required[int], NotRequired[str])
print(Annotated[int, 'meta'], Annotated[List[int], 'a', 3], Annotated[Annotated[int, 1], 2])
print(Literal[True, None], Literal[b'x', -1], Literal[Literal[1, 2], 3])
print(Union[int, List[str], None], Optional[Callable[..., Any]])
print(Dict[str, 'Node'], List['int'], Optional['Foo'])
print(Union[int, 'str'])


class Node:
    pass


print(List[Node], Optional[Node], Dict[str, typing.Any])
print(repr(Optional[int]), str(Dict[str, Any]), f'{List[int]}', [List[int], T])
print(Union[int, str].__args__, Optional[int].__args__, List[int].__args__)
print(Callable[[int], str].__args__, Callable[..., str].__args__, Tuple[int, ...].__args__)
print(Literal['a', 1].__args__, Annotated[int, 'x'].__metadata__)
print(List[T].__parameters__, Dict[T, S].__parameters__, Callable[[T], S].__parameters__, List[int].__parameters__)
print(Union[T, int].__parameters__, Optional[List[T]].__parameters__)
print(List[int].__origin__, Dict[str, int].__origin__, Union[int, str].__origin__)
print(Tuple[int].__origin__, Type[int].__origin__, Literal[1].__origin__, ClassVar[int].__origin__)
print(Iterable[int].__origin__, Callable[[int], str].__origin__, Deque[int].__origin__)
print(List[int]._name, Union[int, str].__module__, List[int].__module__)
print(Pattern[str], Match[bytes], Pattern[AnyStr], TextIO, BinaryIO, IO)
print(Optional[TextIO], Callable[[IO], None], Type[BinaryIO])
