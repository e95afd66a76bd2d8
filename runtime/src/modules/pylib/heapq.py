"""heapq, written in Python for Reap: the heap operations are native (`_heapq`), as CPython's
are; merge, nlargest and nsmallest build on them here."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


class _Reversed:
    """A key that orders the other way, for merge(reverse=True)."""
    __slots__ = ('key',)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator, lazily; equal items come in the order of
    their inputs."""
    def order(value):
        k = value if key is None else key(value)
        return _Reversed(k) if reverse else k

    heap = []
    for index, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            # Entries compare by key, then by input: values and iterators are never compared.
            heap.append([order(value), index, value, it])
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = order(value)
            entry[2] = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)
