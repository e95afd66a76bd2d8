# Real code imports typing names and annotates with them; annotations are evaluated at def time.
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Set,
                    Tuple, Union, Mapping, MutableMapping, FrozenSet, Type, Generator, Deque,
                    DefaultDict, Counter, ClassVar, Final)
import collections


def total(xs: List[int], scale: float = 1.0) -> float:
    return sum(xs) * scale


def lookup(table: Dict[str, Any], key: str, default: Optional[str] = None) -> Optional[str]:
    return table.get(key, default)


def apply(f: Callable[[int], str], xs: Iterable[int]) -> List[str]:
    return [f(x) for x in xs]


def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i


def gen() -> Generator[int, None, str]:
    yield 1
    return 'done'


def first(seq: Sequence[Union[int, str]]) -> Union[int, str]:
    return seq[0]


def make(cls: Type[Exception], msg: str) -> Exception:
    return cls(msg)


class Config:
    defaults: ClassVar[Dict[str, int]] = {'a': 1}
    limit: Final[int] = 10
    name: str
    tags: Set[str]

    def __init__(self, name: str, tags: FrozenSet[str] = frozenset()) -> None:
        self.name = name
        self.tags = set(tags)

    def merged(self, extra: Mapping[str, int]) -> MutableMapping[str, int]:
        d = dict(self.defaults)
        d.update(extra)
        return d


print(total([1, 2, 3], 2.0))
print(lookup({'k': 'v'}, 'k'), lookup({}, 'x'), lookup({}, 'x', 'dflt'))
print(apply(str, range(3)))
print(list(pairs(3)))
print(list(gen()))
print(first(['a', 1]), first([2]))
print(make(ValueError, 'bad'))
c = Config('x', frozenset({'t'}))
print(c.name, c.tags, c.merged({'b': 2}), Config.limit)

print(total.__annotations__)
print(lookup.__annotations__)
print(apply.__annotations__)
print(pairs.__annotations__['return'], gen.__annotations__['return'])
print(first.__annotations__)
print(make.__annotations__)
print(Config.__annotations__)
print(Config.merged.__annotations__)

# Module-level annotated assignments.
counts: DefaultDict[str, int] = collections.defaultdict(int)
queue: Deque[int] = collections.deque([1, 2])
hist: Counter[str] = collections.Counter('abca')
counts['x'] += 1
print(counts, queue, sorted(hist.items()))
print(__annotations__)
