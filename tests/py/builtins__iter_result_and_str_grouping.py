# iter() and for check that __iter__ returned an iterator; a str format spec with a grouping
# character and no type is refused as CPython's parser refuses it (the type defaults to 's').
class I:
    def __iter__(self): return 5
class J:
    def __iter__(self): return iter([1, 2])
class K:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
for o in (I(), J(), K()):
    try:
        print(list(o), list(iter(o)))
    except TypeError as e:
        print('TypeError', e)
try:
    for x in I(): pass
except TypeError as e:
    print('TypeError', e)
for spec in [',', '_', ',s', '10,', '+,', '=10', '+']:
    try: print(repr(spec), repr(format('x', spec)))
    except ValueError as e: print(repr(spec), e)
print(f"{'x':>5}", f"{12345:,}", f"{'y'!r:,}" if False else '')
