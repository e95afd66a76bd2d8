# singledispatch over abstract base classes: a class registered with an ABC after a call has
# been dispatched dispatches anew, and two unrelated ABCs a class only implicitly implements
# are ambiguous, as in CPython.
import abc
from collections.abc import Iterable, Mapping, Sized
from functools import lru_cache, singledispatch


class Vehicle(abc.ABC):
    pass


class Bicycle:
    pass


@singledispatch
def describe(obj):
    return "something"


@describe.register
def _(obj: Vehicle):
    return "a vehicle"


@describe.register
def _(obj: Mapping):
    return "a mapping"


print(describe(Bicycle()), describe({}))
Vehicle.register(Bicycle)
print(describe(Bicycle()))      # the registration is seen: the dispatch cache was cleared


@singledispatch
def size(obj):
    return "object"


size.register(Sized, lambda obj: "sized")
size.register(Iterable, lambda obj: "iterable")
try:
    print(size([1]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(size(3))


class Explicit(list, Sized):
    pass


print(describe.dispatch(dict).__name__, describe.dispatch(int).__name__)

try:
    lru_cache(3)(1)
except TypeError as e:
    print("TypeError:", e)
