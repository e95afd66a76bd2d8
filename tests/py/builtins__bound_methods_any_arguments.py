# Every method of a sample of builtin objects called with arguments of every kind, positional
# and by keyword: each call returns or raises, none crashes the interpreter.
import sys
samples = [0, 2**70, True, 1.5, 1j, 'ab', b'ab', bytearray(b'ab'), [1, 2], (1, 2), {1: 2}, {3}, frozenset({4}),
           range(3), slice(1, 2), object(), int, memoryview(b'ab'), property(), staticmethod(len),
           classmethod(len), ValueError('x'), OSError(2, 'x'), KeyError('k'), iter([1]), iter(()),
           iter('ab'), iter(range(2)), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), (x for x in [1]),
           len, (lambda: 0), abs.__call__, enumerate([1]), zip([1]), map(len, ['a']), None, ...]
pool = [None, 0, -1, 1.5, 'a', b'b', [1], (1,), {1: 2}, {3}, object(), int, range(2), lambda *a: 0]
skip = {"__del__", "__init_subclass__", "__setattr__", "__delattr__", "__set_name__", "__class__",
        "__init__", "__setstate__", "__set__", "__delete__", "clear", "__pow__", "__rpow__", "__lshift__", "__rlshift__", "__setitem__", "__delitem__", "send", "throw", "close", "__next__"}
n = 0
for s in samples:
    for name in dir(s):
        if name in skip:
            continue
        for extra in ([], [0], ['x'], [1, 2], [None, None, None]) + tuple([p] for p in pool):
            try:
                getattr(s, name)(*extra)
            except Exception:
                pass
            try:
                getattr(s, name)(*extra, x=1)
            except Exception:
                pass
            n += 1
print("done", n > 1000)
