# collections.deque as a queue: popleft and appendleft do not shift the items (a long queue
# drained with popleft must be linear), and the other methods see the same items.
from collections import deque
d = deque([1, 2, 3])
d.appendleft(0); d.append(4)
print(d, len(d), d[0], d[-1], d[2], list(d), 3 in d, list(reversed(d)))
print(d.popleft(), d.pop(), d)
for i in range(20): d.appendleft(-i)
print(d, len(d))
while len(d) > 2: d.popleft()
print(d)
d.rotate(1); print(d)
d.extendleft([7, 8]); print(d)
try: d[10]
except IndexError as e: print(e)
e = deque(maxlen=3)
for i in range(6): e.append(i)
print(e)
e.appendleft(9); print(e)
d.clear(); print(d, len(d))
try: d.popleft()
except IndexError as e: print(e)
try: d.pop()
except IndexError as e: print(e)
q = deque(range(1000))
s = 0
while q:
    s += q.popleft()
    if s % 7 == 0: q.append(1)
print(s, deque() == deque(), deque([1]) == deque([1]))
d = deque('abc'); d[1] = 'z'; print(d, d.count('a')); d.remove('a'); d.reverse(); print(d)
import gc
gc.disable()
q = deque(range(15_000))
total = 0
while q:
    total += q.popleft()
print(total)
for i in range(10_000):
    q.appendleft(i)
print(len(q), q[0], q[-1])
