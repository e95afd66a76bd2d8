# With `from __future__ import annotations` every annotation is a string, and get_type_hints
# evaluates them.
from __future__ import annotations
from typing import Optional, List, Dict, Callable, Union, get_type_hints, TYPE_CHECKING, NamedTuple, TypedDict

if TYPE_CHECKING:
    from nonexistent_module import Unknowable


class Tree:
    left: Optional[Tree]
    right: Optional[Tree]
    value: int

    def __init__(self, value: int, left: Optional[Tree] = None, right: Optional[Tree] = None) -> None:
        self.value = value
        self.left = left
        self.right = right

    def insert(self, v: int) -> Tree:
        return self

    def hook(self, f: Callable[[Tree], None]) -> Dict[str, List[Tree]]:
        return {}


print(Tree.__annotations__)
print(Tree.insert.__annotations__)
print(get_type_hints(Tree))
print(get_type_hints(Tree.__init__))
print(get_type_hints(Tree.insert))
print(get_type_hints(Tree.hook))


def uses_unknown(x: Unknowable) -> None:
    pass


print(uses_unknown.__annotations__)
try:
    get_type_hints(uses_unknown)
except NameError as e:
    print(type(e).__name__, e)


def combo(a: Union[int, str], b: 'quoted') -> List[int]:
    return []


print(combo.__annotations__)


class Rec(NamedTuple):
    a: int
    b: Optional[str] = None


print(Rec.__annotations__, get_type_hints(Rec), Rec(1))


class TD(TypedDict):
    k: List[int]


print(TD.__annotations__, get_type_hints(TD))
