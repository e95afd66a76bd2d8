# The order in which zip and map objects let go of their iterators (last to first, map's
# function after them), and deque.clear() of its items (first to last), as CPython frees them.
import collections


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


z = zip([D("z1")], [D("z2")], [D("z3")])
del z
m = map(lambda *a: a, [D("m1")], [D("m2")])
del m
dq = collections.deque([D(3), D(4), D(5)])
dq.appendleft(D(2))
dq.clear()
print("cleared")
dq.extend([D(6), D(7)])
dq.popleft()
print("end")
