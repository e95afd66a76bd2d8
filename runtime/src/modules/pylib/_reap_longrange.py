"""Iterating a range beyond 64 bits (`range(10**20)`), written in Python for Reap: the VM
imports it the first time such a range is iterated. Its iterators are generators (CPython's
are `longrange_iterator` objects).
"""


def iterate(r):
    i, stop, step = r.start, r.stop, r.step
    if step > 0:
        while i < stop:
            yield i
            i += step
    else:
        while i > stop:
            yield i
            i += step


def reverse(r):
    return iterate(r[::-1])
