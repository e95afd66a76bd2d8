# uuid: UUID objects as values: comparisons, hashing, immutability, copies and pickles.
import copy
import pickle
import uuid
import weakref

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == uuid.UUID(int=1))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(a == 1, a != 1, a == '00000000-0000-0000-0000-000000000001')
print(hash(a) == hash(1), hash(uuid.UUID(int=5)) == hash(5), int(b))
print({a: 'one', b: 'two'}[uuid.UUID(int=2)])
print(f'{a}', '%s' % a, str(a) == format(a, ''))


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


attempt('a < 5', lambda: a < 5)
attempt('5 >= a', lambda: 5 >= a)
attempt('set int', lambda: setattr(a, 'int', 5))
attempt('set other', lambda: setattr(a, 'foo', 5))
attempt('__dict__', lambda: a.__dict__)
attempt("format 's'", lambda: format(a, 's'))

# Copies and pickles keep the value and is_safe.
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(copy.copy(u), copy.deepcopy(u), copy.copy(u) == u)
print(u.__getstate__())
s = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(s.__getstate__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(s, proto))
    print(proto, back, back.is_safe, back == s)
fresh = uuid.UUID.__new__(uuid.UUID)
fresh.__setstate__({'int': 9, 'is_safe': -1})
print(fresh, fresh.is_safe)
fresh.__setstate__({'int': 10})
print(fresh, fresh.is_safe)

# Weak references.
r = weakref.ref(u)
print(r() is u)

# Subclasses.
class MyUUID(uuid.UUID):
    pass


m = MyUUID(int=5)
print(repr(m), m == uuid.UUID(int=5), hash(m) == hash(uuid.UUID(int=5)))
attempt('subclass setattr', lambda: setattr(m, 'x', 1))
