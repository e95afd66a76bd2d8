# Slice deletion and assignment, indexing and slicing do work proportional to what they touch:
# these sizes finish at once when they are linear and time out when quadratic. The collector
# is off: under REAP_GC_STRESS it would walk the big lists at every allocation.
import gc
gc.disable()
n = 200_000
l = list(range(n))
del l[:n // 2]
print(len(l), l[0], l[-1])
del l[::2]
print(len(l), l[0], l[-1])
l[10:len(l) - 10] = range(5)
print(len(l), l[:12])
l = list(range(n))
l[::2] = [0] * (n // 2)
print(sum(l))
l[:] = []
print(l)

m = 50_000
l = list(range(m))
total = 0
for i in range(m):
    total += l[i]
print(total)
t = tuple(l)
print(sum(t[i] for i in range(0, m, 7)))
s = 'a' * m
print(sum(1 for i in range(m) if s[i] == 'a'))
u = '\u00e9\u4e2d' * (m // 2)
count = 0
for i in range(len(u)):
    if u[i] == '\u4e2d':
        count += 1
print(count, len(u), u[m // 2:m // 2 + 4], u[-3:])
print(len(''.join(u[i:i + 3] for i in range(0, len(u), 3))))
b = bytes(m)
print(sum(b[i] for i in range(m)))
