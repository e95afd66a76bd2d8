# Arrays through pickle and copy (their __reduce_ex__: the list of items before protocol 3,
# array._array_reconstructor with the machine bytes from 3 on); struct.Struct cannot be pickled.
import copy
import pickle
import struct
from array import array


class Tagged(array):
    pass


samples = [array('d', [1.5, -2.0]), array('u', 'héllo'), array('Q', [2**64 - 1]), array('b'),
           array('f', [0.1]), array('i', range(-3, 3))]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for a in samples:
        b = pickle.loads(pickle.dumps(a, proto))
        print(proto, b == a, type(b).__name__, b)
t = Tagged('h', [1, 2])
t.note = 'kept'
for proto in (2, 4):
    u = pickle.loads(pickle.dumps(t, proto))
    print(type(u).__name__, u, u.note)
print(copy.deepcopy([array('B', b'ab')] * 2))


class S(struct.Struct):
    pass


for obj in [struct.Struct('i'), S('h')]:
    for f in [pickle.dumps, copy.copy, copy.deepcopy]:
        try:
            f(obj)
        except TypeError as e:
            print('TypeError', e)
