"""graphlib, written in Python for Reap: topological sorting of a graph of hashable nodes."""

from collections import _generic_alias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of unfinished predecessors doubles as its state once it is ready:
_PASSED_OUT = -1    # returned by get_ready(), waiting for done()
_DONE = -2          # marked done()


class _Node:
    __slots__ = ('node', 'pending', 'successors')

    def __init__(self, node):
        self.node = node
        self.pending = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle. args[1] lists the nodes
    of one cycle, its first node repeated at the end."""


class TopologicalSorter:
    """Orders the nodes of a graph so that every node comes after its predecessors."""
    __class_getitem__ = classmethod(_generic_alias)

    def __init__(self, graph=None):
        self._nodes = {}        # node -> _Node, in the order nodes were first seen
        self._ready = None      # None until prepare(); then the nodes ready to hand out
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.pending += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        # The ready list is set up before looking for cycles, so a caller that catches the
        # CycleError can still process the part of the graph that is not stuck.
        self._ready = [info.node for info in self._nodes.values() if info.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        nodes = self._nodes
        for node in result:
            nodes[node].pending = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        infos = self._nodes
        for node in nodes:
            info = infos.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.pending != _PASSED_OUT:
                if info.pending >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.pending = _DONE
            for successor in info.successors:
                succ = infos[successor]
                succ.pending -= 1
                if succ.pending == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, starting from each node in insertion order
        # and visiting every node once; meeting a node that is on the current path closes a cycle.
        infos = self._nodes
        visited = set()
        for start in infos:
            if start in visited:
                continue
            visited.add(start)
            path = [start]
            on_path = {start: 0}
            iters = [iter(infos[start].successors)]
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    del on_path[path.pop()]
                    iters.pop()
                elif nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                elif nxt not in visited:
                    visited.add(nxt)
                    on_path[nxt] = len(path)
                    path.append(nxt)
                    iters.append(iter(infos[nxt].successors))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)


_END = object()
