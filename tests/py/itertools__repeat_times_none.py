# repeat() repeats for ever only when `times` is missing: None is not a count.
from itertools import repeat, islice

print(list(islice(repeat('a'), 3)), list(repeat('b', 2)), list(repeat('c', -1)))
print(list(repeat(object=1, times=2)), repr(repeat(5)), repr(repeat(5, 3)))
for bad in (None, 1.5, '2'):
    try:
        repeat('x', bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
try:
    repeat('x', times=None)
except TypeError as e:
    print('times=None', type(e).__name__, e)
