# Indexing, slicing, pop, insert, item assignment and deletion of lists and bytearrays whose
# index's __index__ empties the sequence first (these panicked: the length was read before),
# list.insert taking __index__, and the messages of out-of-range positions.
def I(seq, v):
    class Shrinking:
        def __index__(self):
            seq.clear()
            return v
    return Shrinking()
def attempt(label, f):
    try:
        print(label, f())
    except (IndexError, ValueError) as e:
        print(label, type(e).__name__, e)
for make in (lambda: [1, 2, 3, 4], lambda: bytearray(b'abcd')):
    s = make(); attempt('get', lambda: s[I(s, 2)])
    s = make(); attempt('slice', lambda: s[I(s, 1):])
    s = make(); attempt('step', lambda: s[::I(s, 2)])
    s = make(); attempt('pop', lambda: s.pop(I(s, 2)))
    s = make(); attempt('insert', lambda: (s.insert(I(s, 9), 65), s)[1])
s = [1, 2, 3]
def setit(): s[I(s, 2)] = 0
attempt('set', setit)
s = [1, 2, 3]
def delit(): del s[I(s, 2)]
attempt('del', delit)
b = bytearray(b'abc'); attempt('remove', lambda: b.remove(I(b, 99)))
l = [1, 2, 3]
class J:
    def __index__(self): return 1
l.insert(J(), 'x'); l.insert(-100, 'a'); l.insert(100, 'z'); print(l)
try: l.insert(2**70, 0)
except OverflowError as e: print(e)
for bad in ('1', 1.5, None):
    try: l.insert(bad, 0)
    except TypeError as e: print(e)
print(bytearray(b'ab')[-1], [bytearray(b'')[0:1]])
for f in (lambda: bytearray(b'')[0], lambda: b''[0], lambda: [].pop(), lambda: bytearray().pop(), lambda: [1].pop(5)):
    try: f()
    except IndexError as e: print(e)
