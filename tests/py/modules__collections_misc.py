# collections.deque, Counter arithmetic, ChainMap; heapq and bisect.
from collections import deque, Counter, ChainMap
import heapq
import bisect

d = deque([1, 2, 3], maxlen=4)
d.appendleft(0)
d.append(4)
print(d, d.popleft(), d)
d.rotate(1)
print(list(d))
c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(1))
print(sorted((c + Counter("aaz")).items()))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm))
h = [5, 1, 4, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)])
print(heapq.nlargest(2, [3, 9, 1, 7]), heapq.nsmallest(2, [3, 9, 1, 7]))
s = [1, 3, 5, 7]
print(bisect.bisect_left(s, 5), bisect.bisect_right(s, 5))
bisect.insort(s, 4)
print(s)
