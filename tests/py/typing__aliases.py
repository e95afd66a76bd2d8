# The bare aliases: isinstance()/issubclass() against their classes, calling them, and
# subclassing them.
import collections
import collections.abc
from typing import (List, Dict, Set, FrozenSet, Tuple, Type, Iterable, Iterator, Sequence,
                    Mapping, MutableMapping, Callable, Hashable, Sized, Deque, DefaultDict,
                    OrderedDict, Counter, ChainMap, Generator, Collection, Container, Reversible,
                    AbstractSet, MutableSequence, KeysView, ContextManager, Awaitable)


def checks(value):
    return [name for name, alias in [
        ('List', List), ('Dict', Dict), ('Set', Set), ('FrozenSet', FrozenSet), ('Tuple', Tuple),
        ('Type', Type), ('Iterable', Iterable), ('Iterator', Iterator), ('Sequence', Sequence),
        ('Mapping', Mapping), ('MutableMapping', MutableMapping), ('Callable', Callable),
        ('Sized', Sized), ('Collection', Collection),
        ('Container', Container), ('Reversible', Reversible), ('AbstractSet', AbstractSet),
        ('MutableSequence', MutableSequence)] if isinstance(value, alias)]


for v in ([1], (1,), {1}, frozenset(), 'ab', 3, len, int, iter([])):
    print(type(v).__name__, checks(v))

print(isinstance(collections.deque(), Deque), isinstance(collections.defaultdict(int), DefaultDict))
print(isinstance(collections.OrderedDict(), OrderedDict), isinstance(collections.Counter(), Counter))
print(isinstance(collections.ChainMap(), ChainMap), isinstance({}, OrderedDict))
print(isinstance((x for x in ()), Generator), isinstance([], Generator))
print(isinstance([], (Dict, List)), isinstance({}.keys(), KeysView), isinstance({}, Dict), isinstance({}, MutableMapping))
print(isinstance(3, Hashable), isinstance('s', Hashable), isinstance([], Hashable), isinstance({}, Hashable))
print(issubclass(list, List), issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable))
print(issubclass(tuple, (List, Tuple)), issubclass(dict, (List, Tuple)))

# Calling: the abstract ones and the builtin ones refuse, the collections ones make instances.
d = Deque([1, 2])
dd = DefaultDict(list)
dd['a'].append(1)
od = OrderedDict(a=1)
cnt = Counter('hello')
cm = ChainMap({'a': 1}, {'b': 2})
print(d, type(d).__name__, dict(dd), od, cnt['l'], cm['b'])
print(Deque[int]([3]), Counter[str]('aab')['a'], DefaultDict[str, int](int)['z'])

# The class behind each alias.
print(List.__origin__, Dict.__origin__, Tuple.__origin__, Type.__origin__, FrozenSet.__origin__)
print(Iterable.__origin__, Mapping.__origin__, Callable.__origin__, Deque.__origin__, Counter.__origin__)
print(List._name, Iterable._name, List.__name__, Iterable.__doc__, List.__doc__)
print(List.append is list.append, Dict.fromkeys('ab'))


# Subclassing a bare alias subclasses its class (and Generic).
class MyMapping(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MyMapping(a=1, b=2)
print(dict(mm), mm.get('c', 0), 'a' in mm, isinstance(mm, collections.abc.Mapping), isinstance(mm, Mapping))
print([c.__name__ for c in MyMapping.__mro__])


class MyList(List):
    def second(self):
        return self[1]


ml = MyList([5, 6, 7])
print(ml.second(), len(ml), isinstance(ml, list), [c.__name__ for c in MyList.__mro__])


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), isinstance(Countdown(1), Iterable))


class Managed(ContextManager):
    def __exit__(self, *exc):
        print('exit')


with Managed() as m:
    print(type(m).__name__)


class Later:
    def __await__(self):
        yield


print(isinstance(Later(), Awaitable), isinstance(1, Awaitable))

# A subscripted alias refuses class checks.
for check in (lambda: isinstance([], List[int]), lambda: isinstance({}, Dict[str, int]),
              lambda: issubclass(list, List[int]), lambda: issubclass(dict, (List, Dict[str, int]))):
    try:
        check()
    except TypeError as e:
        print(type(e).__name__, e)
