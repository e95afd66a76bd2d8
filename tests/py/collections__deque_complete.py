# collections.deque: changes during iteration are caught, and the sequence methods
# (index, insert, del, +, *, comparisons, copy, pickling) behave as CPython's.
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d: d.append(x)
except RuntimeError as e: print(e, len(d))
d = deque('abcde'); print(d.index('c'), d.index('e', -2), d.copy(), d + deque('xy'), d * 2, 2 * deque([0]))
d.insert(1, 'Z'); del d[0]; print(d); d += ['q']; print(d); d *= 2; print(d)
try: d.index('nope')
except ValueError as e: print(e)
try: d.remove('nope')
except ValueError as e: print(e)
try: deque([1], maxlen=1).insert(0, 2)
except IndexError as e: print(e)
try: deque([1]) + [2]
except TypeError as e: print(e)
try: d.maxlen = 3
except AttributeError as e: print('AttributeError')
print(deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) == [1], list(reversed(deque([1, 2, 3]))))
r = deque([1, 2, 3], maxlen=3); r.append(4); print(r, r.maxlen)
import copy, pickle
print(copy.copy(r), copy.deepcopy(r), pickle.loads(pickle.dumps(r)))
class MyDQ(deque): pass
print(MyDQ([1]), MyDQ([1]).copy().__class__.__name__)
d = deque(range(5)); d.rotate(2); print(d); d.extend(d); print(d)
it = iter(deque([1, 2])); d2 = deque([1, 2]); it2 = iter(d2); next(it2); d2.pop()
try: next(it2)
except RuntimeError as e: print(e)
