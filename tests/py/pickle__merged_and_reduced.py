# Pickles equal to CPython's bytes for what reduces in CPython's own way: equal bytes and big
# int literals of one compilation are one object (the memo refers back to it), a deque
# reduces to its maxlen and an iterator of its items, a partial keeps its fields out of its
# __dict__, and operator's functions are pickled under `_operator`, as CPython's.
import collections
import copy
import functools
import operator
import pickle

literals = [b"ab", b"ab", 1000000000000000000000, 1000000000000000000000]
print(literals[0] is literals[1], literals[2] is literals[3])
for proto in range(6):
    print(proto, pickle.dumps(literals, proto))


class Tagged(collections.deque):
    pass


d = Tagged([1, 2], 4)
d.tag = "x"
print(collections.deque([1, 2]).__reduce_ex__(2)[:3], d.__reduce_ex__(2)[:3])
for proto in range(6):
    print(proto, pickle.dumps(collections.deque([1, 2], 3), proto))
    e = pickle.loads(pickle.dumps(d, proto))
    print(type(e).__name__, e, e.maxlen, e.tag)
print(copy.copy(d), copy.deepcopy(collections.deque([[1], [2]])), copy.copy(collections.deque("ab", 5)).maxlen)
try:
    vars(collections.deque())
except TypeError as e:
    print("TypeError:", e)

p = functools.partial(max, 1, key=abs)
p.note = "n"
print(p.__reduce__(), p.__dict__)
q = pickle.loads(pickle.dumps(p))
print(q(-5), q.note, copy.copy(p).note, repr(q))
for proto in range(6):
    print(proto, pickle.dumps(functools.partial(operator.add, 2), proto))
print(operator.add.__module__, operator.itemgetter.__module__, pickle.dumps(operator.mul, 4))
print(pickle.loads(pickle.dumps(operator.sub))(5, 3))
