# Iterating a deque, forwards and backwards, as loops and builtins do, and what its iterators
# are: CPython's _collections types, which notice any change to the deque since they were made.
from collections import deque
import operator

d = deque('ghi')
for elem in d:
    print(elem.upper(), end=' ')
print()
d.extend('jkl')
d.appendleft('f')
print(list(d), list(reversed(d)), 'h' in d, sum(1 for _ in d), len(d))
print(sorted(d, reverse=True), max(d), list(zip(d, reversed(d)))[:3], list(enumerate(d))[:2])
b = deque(range(5), maxlen=3)
print(list(b), list(reversed(b)), tuple(b))
for _ in range(100):
    b.appendleft(b.pop())
print(list(b), [x * 2 for x in b])

it = iter(d)
rit = reversed(d)
print(type(it).__name__, type(it).__module__, type(rit).__name__, type(rit).__module__)
print(repr(it).startswith('<_collections._deque_iterator object at 0x'), iter(it) is it)
print(next(it), next(it), operator.length_hint(it), operator.length_hint(rit), next(rit))
print(list(it), list(rit), list(it))

def attempt(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for change in (lambda q: q.append(0), lambda q: q.popleft(), lambda q: q.rotate(1),
               lambda q: q.clear(), lambda q: q.extend([])):
    q = deque([1, 2, 3])
    i, r = iter(q), reversed(q)
    attempt(next, i)
    change(q)
    attempt(next, i)
    attempt(next, r)
    attempt(next, i)
q = deque([1, 2])
i = iter(q)
q[0] = 5
print(list(i))
e = iter(deque())
attempt(next, e)
attempt(type(e).__next__, [1])
class Sub(deque):
    pass
s = Sub([3, 1, 2])
print(list(s), list(reversed(s)), sorted(s))

# Pickled or copied part-way through, an iterator resumes where it was, over its deque.
import copy, pickle
d = deque([1, 2, 3, 4])
i, r = iter(d), reversed(d)
next(i)
next(r)
print(i.__reduce__()[0], i.__reduce__()[1][1:], r.__reduce__()[1][1:])
print(list(pickle.loads(pickle.dumps(i))), list(copy.copy(r)), list(copy.deepcopy(i)), list(i), list(r))
print(pickle.dumps(iter(deque('ab')), 2).hex())
attempt(type(i), [1, 2])
print(list(type(i)(d, 2)), list(type(r)(d, 3)), list(type(i)(d, 9)))
