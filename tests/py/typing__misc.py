# NewType, cast, overload, final, no_type_check, assert_never, reveal_type and friends.
import sys
import typing
from typing import (NewType, cast, overload, get_overloads, clear_overloads, final, no_type_check,
                    assert_never, assert_type, reveal_type, dataclass_transform, TYPE_CHECKING,
                    Text, AnyStr, List, Union, Optional, Any, Literal, Dict, no_type_check_decorator)

UserId = NewType('UserId', int)
uid = UserId(5)
print(uid, type(uid), UserId, UserId.__name__, UserId.__supertype__, UserId.__qualname__)
Nested = NewType('Outer.Inner', str)
print(Nested.__name__, Nested.__qualname__, Nested('s'))
ProUserId = NewType('ProUserId', UserId)
print(ProUserId(uid), ProUserId.__supertype__)
print(List[UserId], Optional[UserId], UserId | None)


def get_user(user_id: UserId) -> str:
    return f'user{user_id}'


print(get_user(UserId(7)), get_user.__annotations__)

print(cast(int, '3'), cast('List[int]', [1]), cast(List[str], None))
print(assert_type(5, int))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)))
print([f.__annotations__ for f in get_overloads(double)])


class Calc:
    @overload
    def go(self, x: int) -> int: ...
    @overload
    def go(self, x: None) -> None: ...
    def go(self, x):
        return x


print(Calc().go(4), len(get_overloads(Calc.go)))


@overload
def stub(x: int) -> int: ...


try:
    stub(1)
except NotImplementedError as e:
    print(type(e).__name__, e)
clear_overloads()
print(get_overloads(double))


@final
class Leaf:
    @final
    def done(self) -> None:
        pass


print(Leaf.__final__, Leaf.done.__final__, final(3))


@no_type_check
class Loose:
    x: 'whatever'

    def m(self, a: 'anything') -> 'goes':
        pass

    class Inner:
        def n(self): pass


print(Loose.__no_type_check__, Loose.m.__no_type_check__, Loose.Inner.__no_type_check__, Loose.Inner.n.__no_type_check__)
print(no_type_check(int) is int, hasattr(int, '__no_type_check__'))


def deco(f):
    return f


nt_deco = no_type_check_decorator(deco)


@nt_deco
def decorated(x: 'junk'):
    return x


print(decorated.__no_type_check__, nt_deco.__name__)

for value in (1, 'x' * 200):
    try:
        assert_never(value)
    except AssertionError as e:
        print(type(e).__name__, e)

sys.stderr = sys.stdout
print(reveal_type(42), reveal_type([1]))
sys.stderr = sys.__stderr__


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
def model(cls):
    return cls


print(model.__dataclass_transform__)

print(TYPE_CHECKING, Text is str, AnyStr, AnyStr.__constraints__)


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


print(concat('a', 'b'), concat(b'a', b'b'))

Mode = Literal['r', 'w']


def open_it(mode: Mode = 'r') -> Mode:
    return mode


print(open_it(), Mode, open_it.__annotations__)

JSON = Union[Dict[str, 'JSON'], List['JSON'], str, int, float, bool, None]
print(JSON)
print(typing.TypeAlias, typing.Text, typing.T, typing.KT, typing.VT, typing.T_co, typing.T_contra, typing.CT_co)
print(sorted(n for n in typing.__all__ if n[0] != '_')[:12], len(typing.__all__))
