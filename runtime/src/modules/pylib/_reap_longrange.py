"""Iterating a range beyond 64 bits (`range(10**20)`), written in Python for Reap: the VM
imports it the first time such a range is iterated. Its iterators are `longrange_iterator`
objects, as CPython's: they count, answer `__length_hint__`, and reduce to the range and
their index for `pickle` and `copy`.
"""


class longrange_iterator:
    __module__ = 'builtins'
    __slots__ = ('_range', '_index', '_len')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'longrange_iterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        i = self._index
        if i >= self._len:
            raise StopIteration
        self._index = i + 1
        r = self._range
        return r.start + i * r.step

    def __length_hint__(self):
        return max(self._len - self._index, 0)

    def __reduce__(self):
        # The range rebuilt from its start in whole steps, as CPython's.
        r = self._range
        return iter, (range(r.start, r.start + self._len * r.step, r.step),), self._index

    def __setstate__(self, state):
        if type(state) is not int and not isinstance(state, int):
            raise TypeError('an integer is required')
        self._index = min(max(state, 0), self._len)

    def __dir__(self):
        # CPython's names, not the slots this class keeps its state in.
        return sorted(set(object.__dir__(self)) - {'__module__', '__slots__', '_range', '_index', '_len'})


def _count(r):
    # len() of such a range may not fit a machine word (an OverflowError): count here.
    start, stop, step = r.start, r.stop, r.step
    if step > 0:
        return max((stop - start + step - 1) // step, 0)
    return max((start - stop - step - 1) // -step, 0)


def iterate(r):
    it = object.__new__(longrange_iterator)
    it._range, it._index, it._len = r, 0, _count(r)
    return it


def reverse(r):
    return iterate(r[::-1])
