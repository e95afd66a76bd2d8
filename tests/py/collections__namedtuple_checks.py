# namedtuple checks its names as CPython's, renames on request, documents its fields.
from collections import namedtuple
P = namedtuple('P', 'x y')
print(P.__doc__, P.x.__doc__, P.__module__, P(1, 2), P._make([3, 4]), P._fields)
for args, kw in [(('P', 'x x'), {}), (('P', 'x _y'), {}), (('P', 'x class'), {}), (('1P', 'x'), {}), (('P', 'x 1y'), {}), (('P', ['x', 3]), {})]:
    try: namedtuple(*args, **kw)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
R = namedtuple('R', ['a', 'a', 'def', '_x', 'ok'], rename=True); print(R._fields)
try: P._make([1])
except TypeError as e: print(e)
try: namedtuple('Q', 'a b', defaults=(1, 2, 3))
except TypeError as e: print(e)
Q = namedtuple('Q', 'a b c', defaults=(2, 3)); print(Q(1), Q._field_defaults)
import json
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: P(**d)))
