# collections.abc.Callable's aliases (flattened arguments, their repr, substitution, pickling),
# generic aliases forwarding attributes to their origin, weak references to builtin functions,
# and traceback.walk_stack under StackSummary.extract with a limit.
import collections.abc as cabc, typing, pickle
T = typing.TypeVar('T')
P = typing.ParamSpec('P')
for c in [cabc.Callable[[int, str], bool], cabc.Callable[..., int], cabc.Callable[[], None], cabc.Callable[[T], T][int], cabc.Callable[P, int]]:
    print(c, c.__args__, typing.get_args(c), c.__origin__, type(c).__name__, c.__parameters__)
print(pickle.loads(pickle.dumps(cabc.Callable[[int], str])))
print(cabc.Callable[[int], str] == cabc.Callable[[int], str], list[int] == list[int], hash(cabc.Callable[[int], str]) == hash(cabc.Callable[[int], str]))
for bad in [int, (int,), ([int], str, bool)]:
    try: cabc.Callable[bad]
    except TypeError as e: print(e)
print(list[int].__name__, list[int].__module__, dict[str, int].__mro__, list[int].__doc__ == list.__doc__)
def f(x: cabc.Callable[[int], int]) -> list[int]: pass
print(typing.get_type_hints(f))
import gc
import traceback
import weakref

r = weakref.ref(print)
print(r() is print, weakref.ref(len)() is len)
b = [].append
dead = weakref.ref(b, lambda ref: print("builtin method gone"))
del b
gc.collect()
print(dead())


def f():
    print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None), limit=2)])
    print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None), limit=0)])
    print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None))][:2])


def g():
    f()


g()
