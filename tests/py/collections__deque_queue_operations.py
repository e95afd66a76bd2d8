# deque's queue operations, as the docs use them (a bounded history, a BFS queue, a sliding
# window), with the errors CPython gives and the iterators noticing each change.
from collections import deque

def tail(lines, n=3):
    return deque(lines, n)
print(tail(['a', 'b', 'c', 'd', 'e']))

graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': [], 'e': ['a']}
seen, queue, order = {'a'}, deque(['a']), []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)

def moving_average(iterable, n=3):
    it = iter(iterable)
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield sum(d) / n
print(list(moving_average([40, 30, 50, 46, 39, 44])))

d = deque()
for i in range(200):
    d.appendleft(i)
    d.append(-i)
print(len(d), d[0], d[-1], d.pop(), d.popleft(), len(d))
while len(d) > 3:
    d.popleft()
print(d, bool(d))
d.clear()
print(d, bool(d), len(d))

b = deque(maxlen=2)
for x in 'abcd':
    b.appendleft(x)
print(b, b.maxlen)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))

def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

e = deque()
attempt(e.pop)
attempt(e.popleft)
attempt(e.append)
attempt(e.append, 1, 2)
attempt(e.appendleft, x=1)
attempt(e.pop, 1)
attempt(deque.append, [], 1)
attempt(deque.popleft, 5)

q = deque([1, 2, 3])
for op in (lambda: q.append(4), lambda: q.appendleft(0), lambda: q.pop(), lambda: q.popleft()):
    it = iter(q)
    op()
    attempt(next, it)
print(q)

class Stack(deque):
    def push(self, x):
        self.append(x)
s = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), len(s), type(s).__name__)

class Tracked:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
t = deque(maxlen=1)
t.append(Tracked(1))
t.append(Tracked(2))
print('popped', t.pop().n)
print('end')
