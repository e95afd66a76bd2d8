# graphlib: ordering build steps of a small project, as the docs show it.
from graphlib import TopologicalSorter, CycleError

deps = {
    "app": {"libweb", "libdb", "config"},
    "libweb": {"libhttp", "liblog"},
    "libdb": {"liblog"},
    "libhttp": {"libsocket"},
    "tests": {"app"},
}
# Sets of str iterate in hash order, so give each node its predecessors in a fixed order.
graph = {node: sorted(preds) for node, preds in deps.items()}
print(list(TopologicalSorter(graph).static_order()))

ts = TopologicalSorter()
ts.add("D", "B", "C")
ts.add("C", "A")
ts.add("B", "A")
ts.add("A")
print(tuple(ts.static_order()))

# Parallel processing: hand out whatever is ready, mark it done, repeat.
ts = TopologicalSorter(graph)
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(sorted(ready))
    ts.done(*ready)
print(rounds)

# Finishing nodes one by one, out of the order they were handed out.
ts = TopologicalSorter({"c": ["a", "b"], "d": ["c"], "e": ["a"]})
ts.prepare()
first = ts.get_ready()
print(first, bool(ts))
ts.done("b")
print(ts.get_ready(), ts.is_active())
ts.done("a")
print(ts.get_ready())
ts.done("c", "e")
print(ts.get_ready(), ts.get_ready())
ts.done("d")
print(ts.get_ready(), ts.is_active(), bool(ts))

# Nodes of any hashable kind.
print(list(TopologicalSorter({2: [1], 3: [2], (0, 0): [3], None: []}).static_order()))
print(list(TopologicalSorter().static_order()), list(TopologicalSorter({}).static_order()))
print(list(TopologicalSorter({"x": []}).static_order()))
# A node added twice with the same predecessor, and self-contained chains.
ts = TopologicalSorter()
ts.add("b", "a")
ts.add("b", "a")
ts.add("c")
ts.add("b")
print(list(ts.static_order()))
