"""heapq, written in Python for Reap (same algorithms as CPython's pure-Python version)."""


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


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
