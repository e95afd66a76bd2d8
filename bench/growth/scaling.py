# How the time of common operations grows with their size: each operation runs at n and at
# 10n, and the line shows both times and their ratio. A ratio near 10 means linear work; near
# 100 means quadratic. Timings differ between interpreters, so bench/scaling.sh compares the
# ratios, not the times.
#
# Usage: scaling.py [--scale F] [NAME ...]   (F multiplies every n; NAMEs pick operations)
import sys
import time
from collections import deque

OPS = []


def op(n):
    """Registers a benchmark whose first size is n; it returns the seconds of the timed part."""
    def register(fn):
        OPS.append((fn.__name__, n, fn))
        return fn
    return register


@op(20_000)
def list_index(n):
    l = list(range(n))
    start = time.perf_counter()
    for i in range(n):
        l[i]
    return time.perf_counter() - start


@op(20_000)
def str_index_ascii(n):
    s = 'a' * n
    start = time.perf_counter()
    for i in range(n):
        s[i]
    return time.perf_counter() - start


@op(20_000)
def str_index_unicode(n):
    s = '\u00e9' * n
    start = time.perf_counter()
    for i in range(n):
        s[i]
    return time.perf_counter() - start


@op(20_000)
def str_slice_unicode(n):
    s = '\u00e9' * n
    start = time.perf_counter()
    for i in range(0, n, 10):
        s[i:i + 10]
    return time.perf_counter() - start


@op(20_000)
def str_iterate_unicode(n):
    s = '\u00e9' * n
    start = time.perf_counter()
    for ch in s:
        pass
    return time.perf_counter() - start


@op(20_000)
def list_setitem(n):
    l = [0] * n
    start = time.perf_counter()
    for i in range(n):
        l[i] = i
    return time.perf_counter() - start


@op(100_000)
def del_slice_front(n):
    l = list(range(n))
    start = time.perf_counter()
    del l[:n // 2]
    return time.perf_counter() - start


@op(100_000)
def del_slice_step(n):
    l = list(range(n))
    start = time.perf_counter()
    del l[::2]
    return time.perf_counter() - start


@op(100_000)
def slice_assign(n):
    l = list(range(n))
    new = list(range(n // 4))
    start = time.perf_counter()
    l[n // 4:3 * n // 4] = new
    return time.perf_counter() - start


@op(100_000)
def slice_assign_step(n):
    l = list(range(n))
    new = list(range(n // 2))
    start = time.perf_counter()
    l[::2] = new
    return time.perf_counter() - start


@op(100_000)
def slice_copy(n):
    l = list(range(n))
    start = time.perf_counter()
    l[1:]
    l[::2]
    return time.perf_counter() - start


@op(100_000)
def list_insert_front(n):
    # 100 inserts at the front: each moves the whole list, so the time follows n.
    l = list(range(n))
    start = time.perf_counter()
    for i in range(100):
        l.insert(0, i)
    return time.perf_counter() - start


@op(100_000)
def list_pop_front(n):
    l = list(range(n))
    start = time.perf_counter()
    for _ in range(100):
        l.pop(0)
    return time.perf_counter() - start


@op(20_000)
def list_append_pop(n):
    l = []
    start = time.perf_counter()
    for i in range(n):
        l.append(i)
    while l:
        l.pop()
    return time.perf_counter() - start


@op(20_000)
def list_extend(n):
    l = []
    chunk = list(range(10))
    start = time.perf_counter()
    for _ in range(n // 10):
        l.extend(chunk)
        l += chunk
    return time.perf_counter() - start


@op(20_000)
def str_concat_loop(n):
    start = time.perf_counter()
    s = ''
    for _ in range(n):
        s += 'x'
    return time.perf_counter() - start


@op(20_000)
def bytearray_extend(n):
    start = time.perf_counter()
    b = bytearray()
    for _ in range(n):
        b.extend(b'x')
    return time.perf_counter() - start


@op(100_000)
def str_join(n):
    parts = ['ab'] * n
    start = time.perf_counter()
    ''.join(parts)
    return time.perf_counter() - start


@op(100_000)
def str_methods(n):
    s = 'ab ' * n
    start = time.perf_counter()
    s.split()
    s.replace('a', 'c')
    s.find('z')
    s.upper()
    return time.perf_counter() - start


@op(20_000)
def dict_churn(n):
    # Insert and delete keys so that the dict stays small while many keys pass through it.
    d = {}
    start = time.perf_counter()
    for i in range(n):
        d[i] = i
        if i >= 100:
            del d[i - 100]
    return time.perf_counter() - start


@op(20_000)
def dict_fill_drain(n):
    d = {}
    start = time.perf_counter()
    for i in range(n):
        d[i] = i
    for i in range(n):
        del d[i]
    return time.perf_counter() - start


@op(20_000)
def dict_popitem(n):
    d = dict.fromkeys(range(n))
    start = time.perf_counter()
    while d:
        d.popitem()
    return time.perf_counter() - start


@op(20_000)
def set_churn(n):
    s = set()
    start = time.perf_counter()
    for i in range(n):
        s.add(i)
        if i >= 100:
            s.discard(i - 100)
    return time.perf_counter() - start


@op(20_000)
def set_pop(n):
    s = set(range(n))
    start = time.perf_counter()
    while s:
        s.pop()
    return time.perf_counter() - start


@op(50_000)
def set_operations(n):
    a = set(range(n))
    b = set(range(n // 2, n + n // 2))
    start = time.perf_counter()
    a | b
    a & b
    a - b
    a ^ b
    a <= b
    a == b
    return time.perf_counter() - start


@op(50_000)
def set_inplace(n):
    a = set(range(n))
    b = set(range(n // 2, n + n // 2))
    start = time.perf_counter()
    a |= b
    a &= b
    a -= set(range(n // 4))
    a ^= b
    return time.perf_counter() - start


@op(20_000)
def deque_popleft(n):
    q = deque(range(n))
    start = time.perf_counter()
    while q:
        q.popleft()
    return time.perf_counter() - start


@op(20_000)
def sort(n):
    l = [(i * 7919) % n for i in range(n)]
    start = time.perf_counter()
    sorted(l)
    return time.perf_counter() - start


@op(20_000)
def repr_list(n):
    l = list(range(n))
    start = time.perf_counter()
    repr(l)
    return time.perf_counter() - start


def main(argv):
    scale = 1.0
    names = []
    args = iter(argv)
    for a in args:
        if a == '--scale':
            scale = float(next(args))
        else:
            names.append(a)
    for name, n, fn in OPS:
        if names and name not in names:
            continue
        n = max(1, int(n * scale))
        small = min(fn(n) for _ in range(3))
        big = min(fn(n * 10) for _ in range(3))
        ratio = big / small if small > 0 else float('inf')
        print('%-20s %9d %10.5f %10.5f %7.1f' % (name, n, small, big, ratio))
        sys.stdout.flush()


main(sys.argv[1:])
