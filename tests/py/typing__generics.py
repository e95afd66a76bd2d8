# TypeVar, Generic classes and substitution of type variables.
from typing import Generic, TypeVar, List, Dict, Optional, Callable, Tuple, Iterator, Union, ParamSpec, Concatenate

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)

print(T, N, B, Co, Contra)
print(T.__name__, N.__constraints__, B.__bound__, T.__bound__, T.__constraints__)
print(Co.__covariant__, Co.__contravariant__, Contra.__contravariant__, T.__covariant__)
print(isinstance(T, TypeVar), type(T).__name__, T == T, T == TypeVar('T'))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), list(s))

si = Stack[int]()
si.push(5)
print(si.items, type(si).__name__, isinstance(si, Stack))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> 'Pair[V, K]':
        return Pair(self.value, self.key)

    def __repr__(self) -> str:
        return f'Pair({self.key!r}, {self.value!r})'


p = Pair[str, int]('a', 1)
print(p, p.swap(), isinstance(p, Pair), isinstance(p, Generic))
print(Pair.__mro__)


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)


st = IntStack()
st.push(3)
st.push(4)
print(st.total(), isinstance(st, Stack), IntStack.__mro__)


class Tree(Generic[T]):
    def __init__(self, value: T, children: Optional[List['Tree[T]']] = None) -> None:
        self.value = value
        self.children = children or []

    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(list(t.walk()))


# A generic class with an __init_subclass__ of its own and keyword arguments.
class Registry(Generic[T]):
    kinds: List[str] = []

    def __init_subclass__(cls, kind: str = 'plain', **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.kinds.append(kind)


class A(Registry[int], kind='a'):
    pass


class Bb(Registry[str]):
    pass


print(Registry.kinds)

# Substituting type variables in aliases.
print(List[T][int])
print(Dict[K, V][str, int])
print(Dict[str, T][float])
print(Tuple[T, T][int])
print(Optional[T][str])
print(Union[T, int][str])
print(Union[T, int][int])
print(Callable[[T], V][int, str])
print(List[Tuple[K, V]][str, int])
Vector = List[Tuple[T, T]]
print(Vector[float])
Pred = Callable[[T], bool]
print(Pred[int], Pred[List[int]])
print(Dict[K, List[V]][str, Optional[int]])
print(List[T][int] == List[int])

# ParamSpec and Concatenate.
P = ParamSpec('P')
R = TypeVar('R')
print(P, P.args, P.kwargs, P.__name__)
print(P.args.__origin__ is P, P.kwargs.__origin__ is P, P.args == P.args)
print(Callable[P, R])
print(Callable[P, R][[int, str], float])
print(Callable[Concatenate[int, P], R])
print(Callable[Concatenate[int, P], R][[str], bool])
print(Callable[P, int][..., ])


def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print('calling', f.__name__)
        return f(*args, **kwargs)
    return inner


@logged
def add(x: int, y: int) -> int:
    return x + y


print(add(2, 3))
print(logged.__annotations__)
