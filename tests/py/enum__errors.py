# Error types and messages.
from enum import Enum, IntEnum, StrEnum, Flag, ReprEnum, EnumType, EnumMeta

try:
    import warnings  # CPython 3.11 warns about `1 in Color`; keep stderr quiet where it can
    warnings.simplefilter('ignore')
except ImportError:
    pass


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(result))


attempt('Color(3)', lambda: Color(3))
attempt("Color('RED')", lambda: Color('RED'))
attempt('Color([1])', lambda: Color([1]))
attempt("Color['BLUE']", lambda: Color['BLUE'])
attempt("Color[1]", lambda: Color[1])
attempt('Color.BLUE', lambda: Color.BLUE)
attempt('Color.RED.BLUE', lambda: Color.RED.foo)
attempt('Color.__foo__', lambda: Color.__foo__)
attempt('1 in Color', lambda: 1 in Color)
attempt("'RED' in Color", lambda: 'RED' in Color)
attempt('Color.RED in Color', lambda: Color.RED in Color)
attempt('Enum(1)', lambda: Enum(1))
attempt('Color()', lambda: Color())
attempt('Color.RED < Color.GREEN', lambda: Color.RED < Color.GREEN)


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def set_name():
    Color.RED.name = 'x'


def set_value():
    Color.RED.value = 3


attempt('Color.RED = 5', reassign)
attempt('del Color.GREEN', delete)
attempt("Color.RED.name = 'x'", set_name)
attempt('Color.RED.value = 3', set_value)
print(Color.RED, Color.GREEN, list(Color))

# other class attributes can still be set and deleted
Color.extra = 'ok'
print(Color.extra)
del Color.extra
print(hasattr(Color, 'extra'))


# extending an enum that has members
def extend():
    class MoreColor(Color):
        BLUE = 3


attempt('extend Color', extend)


def bad_order():
    class Wrong(Enum, int):
        A = 1


attempt('Enum before mixin', bad_order)


def reserved():
    class Res(Enum):
        _bad_ = 1


attempt('_sunder_ name', reserved)


def mro_name():
    class M(Enum):
        mro = 1


attempt('member named mro', mro_name)


def order_mismatch():
    class O(Enum):
        _order_ = 'A C B'
        A = 1
        B = 2
        C = 3


attempt('_order_ mismatch', order_mismatch)


class Ordered(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3
    D = 1


print(list(Ordered))


def ignore_late():
    class I(Enum):
        X = 1
        _ignore_ = 'X'


attempt('_ignore_ after the name', ignore_late)


def repr_enum_plain():
    class R(ReprEnum):
        A = 1


attempt('ReprEnum without a data type', repr_enum_plain)


def int_enum_bad_value():
    class N(IntEnum):
        A = 'one'


attempt('IntEnum with a str value', int_enum_bad_value)


def two_data_types():
    class T(int, str, Enum):
        A = 1


try:
    two_data_types()
except TypeError as e:
    print(type(e).__name__, str(e).split(':')[0])  # the rest shows a set of types


# _missing_ that returns the wrong thing or raises
class Picky(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'wrong':
            return 'not a member'
        if value == 'raise':
            raise KeyError('from _missing_')
        if value == 'value':
            raise ValueError('custom message')
        return None


for v in ('wrong', 'raise', 'value', 2):
    try:
        Picky(v)
    except Exception as e:
        print(type(e).__name__, e, '| context:', type(e.__context__).__name__)


# members' own __init__ raising
def init_raises():
    class Boom(Enum):
        A = 1

        def __init__(self, value):
            raise RuntimeError('no members for you')


attempt('__init__ raises', init_raises)


def wrong_arity():
    class Pt(Enum):
        A = (1, 2, 3)

        def __init__(self, x, y):
            pass


attempt('__init__ arity', wrong_arity)

print(EnumMeta is EnumType, type(Color) is EnumType, isinstance(Color, EnumMeta))
