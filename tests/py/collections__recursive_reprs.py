# An OrderedDict or deque that holds itself prints '...' / '[...]' where it recurs.
from collections import OrderedDict, deque
od = OrderedDict(); od['self'] = od; od['x'] = 1
print(od, repr(OrderedDict(a=[od])))
d = deque([1]); d.append(d)
print(d, deque([d], maxlen=3))
print(OrderedDict(), deque(), deque([1, 2], maxlen=2))
