# The TypeErrors (and friends) typing raises for misuse.
from typing import *

T = TypeVar('T')


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


attempt('Union[()]', lambda: Union[()])
attempt('Union[int, 3-tuple]', lambda: Union[int, (1, 2)])
attempt('Optional[int, str]', lambda: Optional[int, str])
attempt('Optional[Union]', lambda: Optional[Union])
attempt('List[int, str]', lambda: List[int, str])
attempt('Dict[int]', lambda: Dict[int])
attempt('Hashable[int]', lambda: Hashable[int])
attempt('Sized[int]', lambda: Sized[int])
attempt('Callable[int]', lambda: Callable[int])
attempt('Callable[[int], str, float]', lambda: Callable[[int], str, float])
attempt('Callable[[int], ClassVar[int]]', lambda: Callable[[int], ClassVar[int]])
attempt('List[int][str]', lambda: List[int][str])
attempt('List[T][int, str]', lambda: List[T][int, str])
attempt('Dict[T, int][()]', lambda: Dict[T, int][()])
attempt('ClassVar[int, str]', lambda: ClassVar[int, str])
attempt('Final[int, str]', lambda: Final[int, str])
attempt('List[ClassVar[int]]', lambda: List[ClassVar[int]])
attempt('List[Final[int]]', lambda: List[Final[int]])
attempt('List[Generic]', lambda: List[Generic])
attempt('List[Protocol]', lambda: List[Protocol])
attempt('Tuple[Final]', lambda: Tuple[Final])
attempt('Required[int, str]', lambda: Required[int, str])
attempt('Any[int]', lambda: Any[int])
attempt('NoReturn[int]', lambda: NoReturn[int])
attempt('Never[int]', lambda: Never[int])
attempt('Self[int]', lambda: Self[int])
attempt('Annotated[int]', lambda: Annotated[int])
attempt('Annotated()', lambda: Annotated())
attempt('Concatenate[()]', lambda: Concatenate[()])
attempt('Concatenate[int, str]', lambda: Concatenate[int, str])
attempt('Union()', lambda: Union())
attempt('Optional()', lambda: Optional())
attempt('Any()', lambda: Any())
attempt('List()', lambda: List())
attempt('Dict()', lambda: Dict())
attempt('Tuple()', lambda: Tuple())
attempt('Set()', lambda: Set())
attempt('FrozenSet()', lambda: FrozenSet())
attempt('Type()', lambda: Type())
attempt('List[int]()', lambda: List[int]())
attempt('Dict[str, int](a=1)', lambda: Dict[str, int](a=1))
attempt('Iterable()', lambda: Iterable())
attempt('TypeVar single constraint', lambda: TypeVar('X', int))
attempt('TypeVar bound and constraints', lambda: TypeVar('X', int, str, bound=int))
attempt('TypeVar bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))


def subclass(base):
    def f():
        class X(base):
            pass
        return X
    return f


attempt('subclass TypeVar', subclass(TypeVar))
attempt('subclass Annotated', subclass(Annotated))


def namedtuple_two_bases():
    class X(NamedTuple, int):
        a: int


attempt('NamedTuple with another base', namedtuple_two_bases)
attempt('runtime_checkable(int)', lambda: runtime_checkable(int))
attempt('ParamSpec subst', lambda: Callable[ParamSpec('Q'), int][int])
attempt('TypeVarTuple subst', lambda: TypeVarTuple('Ts').__typing_subst__(int))
