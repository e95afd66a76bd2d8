# Generic classes as real code writes them: several type variables, bounded ones, mixins,
# abstract generic bases, generic methods and class methods.
from abc import ABC, abstractmethod
from typing import Generic, TypeVar, Dict, List, Optional, Iterator, Callable, Type, Any

K = TypeVar('K')
V = TypeVar('V')
T = TypeVar('T')
N = TypeVar('N', int, float)
E = TypeVar('E', bound=Exception)


class Cache(Generic[K, V]):
    def __init__(self, capacity: int = 2) -> None:
        self.capacity = capacity
        self.data: Dict[K, V] = {}
        self.order: List[K] = []

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        return self.data.get(key, default)

    def put(self, key: K, value: V) -> None:
        if key not in self.data and len(self.order) >= self.capacity:
            oldest = self.order.pop(0)
            del self.data[oldest]
        if key not in self.data:
            self.order.append(key)
        self.data[key] = value

    def __iter__(self) -> Iterator[K]:
        return iter(self.order)


c: Cache[str, int] = Cache[str, int](2)
c.put('a', 1)
c.put('b', 2)
c.put('c', 3)
print(list(c), c.get('a'), c.get('c'), c.get('z', -1))


class Repository(ABC, Generic[T]):
    @abstractmethod
    def get(self, ident: int) -> T:
        ...

    def get_many(self, idents: List[int]) -> List[T]:
        return [self.get(i) for i in idents]


class UserRepo(Repository[str]):
    def get(self, ident: int) -> str:
        return 'user%d' % ident


print(UserRepo().get_many([1, 2]))
try:
    Repository()
except TypeError as e:
    print(type(e).__name__, e)


def largest(xs: List[N]) -> N:
    return max(xs)


def fail(cls: Type[E], msg: str) -> E:
    return cls(msg)


print(largest([1, 5, 3]), largest([1.5, 0.5]), repr(fail(KeyError, 'k')))


class Node(Generic[T]):
    registry: Dict[str, Any] = {}

    def __init__(self, value: T) -> None:
        self.value = value

    @classmethod
    def of(cls, value: T) -> 'Node[T]':
        return cls(value)

    def map(self, f: Callable[[T], V]) -> 'Node[V]':
        return Node(f(self.value))

    def __repr__(self) -> str:
        return 'Node(%r)' % (self.value,)


print(Node.of(3).map(str), Node[int].of(4), Node[int](5).map(lambda v: v * 2))


class Mixin:
    def describe(self) -> str:
        return type(self).__name__


class Pair(Mixin, Generic[K, V]):
    def __init__(self, k: K, v: V) -> None:
        super().__init__()
        self.k, self.v = k, v


p = Pair('x', 1)
print(p.describe(), p.k, p.v, [b.__name__ for b in Pair.__mro__])


class Base(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


class Child(Base[int]):
    def __init__(self, item: int, extra: str) -> None:
        super().__init__(item)
        self.extra = extra


ch = Child(1, 'e')
print(ch.item, ch.extra, isinstance(ch, Base), [b.__name__ for b in Child.__mro__])
