# Union flattening, de-duplication, Optional, equality and hashing of the aliases.
from typing import Union, Optional, List, Dict, Literal, Callable, Any, Tuple, TypeVar

print(Union[int])
print(Union[int, int])
print(Union[int, str, int])
print(Union[Union[int, str], float])
print(Union[int, Union[str, Union[float, bytes]]])
print(Union[int, None])
print(Union[None, int])
print(Union[int, None, str])
print(Optional[Optional[int]])
print(Optional[Union[int, str]])
print(Optional[None])
print(Union[None])
print(Union[int, type(None)] == Optional[int])

print(Optional[int] == Union[int, None])
print(Optional[int] == Union[None, int])
print(Union[int, str] == Union[str, int])
print(Union[int, str] == Union[int, str, int])
print(Union[int, str] == Union[int, float])
print(Union[int, str] != Union[str, int])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] == int, Union[int, str] == (int, str))

print(List[int] == List[int], List[int] == List[str], List[int] != List[str])
print(Dict[str, int] == Dict[str, int], Dict[str, int] == Dict[int, str])
print(hash(List[int]) == hash(List[int]), hash(Dict[str, int]) == hash(Dict[str, int]))
print(List[int] is List[int], Optional[int] is Optional[int])
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[1, 1] == Literal[1])
print(Literal[1, True, 1], Literal[0, False])
print(hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Tuple[int, ...] == Tuple[int, ...], Tuple[int] == Tuple[int, ...])

d = {List[int]: 'list', Optional[str]: 'opt', Union[int, str]: 'union'}
print(d[List[int]], d[Union[str, None]], d[Union[str, int]])
print(len({List[int], List[int], List[str]}))

T = TypeVar('T')
print(Union[T, int], Union[T, T], Optional[T])
print(Union[List[int], List[int]], Union[List[int], List[str]])

# The | operator works where one side is a typing object.
print(List[int] | None)
print(None | List[int])
print(Optional[int] | str)
print(int | Optional[str])
print(T | None, None | T)
print(Dict[str, int] | List[int] | None)
print((List[int] | None) == Optional[List[int]])
print(Literal['a'] | Literal['b'])
print(Callable[..., int] | None)
