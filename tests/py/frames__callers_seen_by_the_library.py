# sys._getframe and f_back: the running frames seen from inside, as warnings, logging, enum
# and namedtuple look at their callers.
import logging, sys, warnings, enum, collections, typing, traceback
logging.basicConfig(format="%(funcName)s:%(lineno)d:%(module)s:%(filename)s %(message)s", stream=sys.stdout)
def work():
    logging.warning("hello")
work()
logging.getLogger("x").error("top")
Color = enum.Enum("Color", "RED GREEN")
print(Color.__module__, Color.RED)
P = collections.namedtuple("P", "x y")
print(P.__module__)
T = typing.TypeVar("T")
print(T.__module__ if hasattr(T, "__module__") else None)
class N(typing.NamedTuple):
    a: int
print(N.__module__)
def f():
    traceback.print_stack(limit=2, file=sys.stdout)
    pass
f()
print(sys._getframe().f_code.co_name)
