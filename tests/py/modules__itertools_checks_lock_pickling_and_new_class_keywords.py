# Arguments checked when an itertools iterator is made, locks refusing to be copied, and
# types.new_class passing its keywords to __init_subclass__.
import copy
import itertools
import pickle
import threading
import types

for f in (itertools.cycle, itertools.pairwise, itertools.zip_longest, itertools.chain.from_iterable):
    try:
        f(1)
        print(f.__name__, "accepted 1")
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
print(list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.pairwise('abc')))
print(list(itertools.zip_longest('ab', 'c', fillvalue='-')), list(itertools.chain.from_iterable(['ab', 'c'])))
for start in ["a", [1], None]:
    try:
        itertools.count(start)
    except TypeError as e:
        print("count:", e)
from decimal import Decimal
from fractions import Fraction
print(list(itertools.islice(itertools.count(Decimal('0.5'), Decimal('0.25')), 3)), next(itertools.count(Fraction(1, 2))))

for f in (lambda: copy.deepcopy(threading.Lock()), lambda: copy.copy(threading.Lock()),
          lambda: pickle.dumps(threading.RLock()), lambda: pickle.dumps(threading.Lock())):
    try:
        print("no error:", f())
    except TypeError as e:
        print("TypeError:", e)


class Base:
    def __init_subclass__(cls, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


D = types.new_class('D', (Base,), {'flag': True})
print(D.flag, types.new_class('E', (Base,)).flag)
T = type('T', (Base,), {}, flag='kw')
print(T.flag)
for args, kw in [(('X', (Base,), {}), {'bogus': 1}), (('X',), {'flag': 1})]:
    try:
        type(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
