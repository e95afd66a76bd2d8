# A refused operator names the operands' own types (an IntEnum, an int or list subclass), not
# the builtin values they extend.
from enum import IntEnum, IntFlag
class N(IntEnum):
    ONE = 1
class P(int): pass
class F(float): pass
class L(list): pass
for f in (lambda: N.ONE + 'x', lambda: N.ONE | 1.5, lambda: [] - P(1), lambda: P(1) ** 'x', lambda: F(1.0) @ 2, lambda: L() - L(), lambda: P(2) << 1.0, lambda: 'x' - N.ONE):
    try: print(f())
    except TypeError as e: print("TypeError:", e)
