# graphlib: cycle detection and misuse errors.
from graphlib import TopologicalSorter, CycleError


def show(f, *args):
    try:
        r = f(*args)
        print(repr(r))
    except ValueError as e:
        print(type(e).__name__, e.args if isinstance(e, CycleError) else e)


for graph in [{1: [2], 2: [1]}, {"a": ["a"]}, {1: [2], 2: [3], 3: [1]},
              {1: [2], 2: [3], 3: [4], 4: [2]}, {"x": ["y"], "y": ["z"], "z": ["x", "w"], "w": []},
              {1: [], 2: [1, 3], 3: [4], 4: [2, 5], 5: []}]:
    ts = TopologicalSorter(graph)
    try:
        ts.prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, str(e), e.args[1])
        print(isinstance(e, ValueError), issubclass(CycleError, ValueError))

try:
    list(TopologicalSorter({1: [2], 2: [1]}).static_order())
except CycleError as e:
    print("static_order:", e)

# After a CycleError the part of the graph outside the cycle is still usable.
ts = TopologicalSorter({"b": ["a"], "c": ["b", "d"], "d": ["c"]})
try:
    ts.prepare()
except CycleError as e:
    print(e.args[1])
print(ts.get_ready())
ts.done("a")
print(ts.get_ready(), ts.is_active())
ts.done("b")
print(ts.get_ready(), ts.is_active())

ts = TopologicalSorter()
ts.add(1)
show(ts.get_ready)
show(ts.is_active)
show(ts.done, 1)
show(bool, ts)
ts.prepare()
show(ts.prepare)
show(ts.add, 2)
show(ts.done, 1)
show(ts.done, 99)
show(ts.done, "1")
show(ts.get_ready)
show(ts.done, 1)
show(ts.done, 1)
show(ts.get_ready)

ts = TopologicalSorter({"b": ["a"]})
ts.prepare()
show(ts.done, "b")
ts.get_ready()
show(ts.done, "b")
show(ts.done, "a", "b", "zz")

try:
    TopologicalSorter().add([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
print(CycleError.__mro__[1].__name__, CycleError("m", [1]).args)
