# zip(strict=True) zips lazily, item by item, and reports the input that ended first (or the
# one that did not) only when the shortest input ends, as CPython does.
z = zip([1,2],[3], strict=True)
print(next(z))
try: next(z)
except ValueError as e: print(e)
for args in ([[1,2],[3,4,5]], [[1],[2],[3,4]], [[1,2],[1,2],[1]], [[], []], [], [[1,2,3]]):
    try: print(list(zip(*args, strict=True)))
    except ValueError as e: print(e)
def gen():
    yield 1
    raise KeyError('boom')
try: print(list(zip([1], gen(), strict=True)))
except KeyError as e: print('KeyError', e)
try: print(list(zip([1,2], gen(), strict=True)))
except KeyError as e: print('KeyError', e)
print(list(zip(range(3), 'abc', strict=False)))
for a, b in zip('ab', 'cd', strict=True): print(a, b)
