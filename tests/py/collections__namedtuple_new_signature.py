# namedtuple's __new__ takes the fields as parameters, as CPython's: its signature, errors
# and __defaults__ (the documented way to give defaults before 3.7) are a function's.
import inspect
from collections import namedtuple
Node = namedtuple('Node', 'val left right')
print(inspect.signature(Node), Node.__new__.__doc__, Node.__new__.__qualname__, Node.__new__.__name__)
for bad in (lambda: Node(1, 2, 3, val=1), lambda: Node(1), lambda: Node(1, 2, 3, 4), lambda: Node(1, 2, 3, x=1)):
    try: bad()
    except TypeError as e: print(e)
Node.__new__.__defaults__ = (None, None)
print(Node(1), Node(val=2, right=3))
P = namedtuple('P', 'x y', defaults=(0,))
print(P.__new__.__defaults__, P(1), P._field_defaults, namedtuple('E', '')(), namedtuple('One', 'a')(5))
print(P._make([1, 2]), P(1, 2)._replace(y=5), P(3)._asdict())
