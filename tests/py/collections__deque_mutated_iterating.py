# A deque changed after its iterator was made, even before the first item, is reported.
from collections import deque

d = deque([1, 2])
it = iter(d)
d.append(3)
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError:", e)

d = deque("abc")
r = reversed(d)
d.appendleft("z")
try:
    print(next(r))
except RuntimeError as e:
    print("RuntimeError:", e)

d = deque(range(5))
for x in d:
    print(x, end=" ")
print(list(reversed(d)))
