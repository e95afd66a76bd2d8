# Indexing and slicing lists, tuples, str (ASCII and not), bytes and range: clamped and huge
# bounds, negative steps, errors, and slice assignment and deletion.
l = list(range(10))
print(l[2:5], l[::-1], l[::3], l[-3:], l[8:2:-2], l[100:], l[:10**20], l[-10**20:3], l[::10**20], l[::-10**20])
print(l[5:2], (1,2,3)[1:], (1,2,3)[::-1])
s = 'héllo wörld'
print(s[1], s[-1], s[2:7], s[::-1], s[::2], s[100:], len(s), s[5:2])
a = 'abcdef'
print(a[1], a[-2], a[1:4], a[::-2])
b = b'abcdef'
print(b[1], b[1:3], b[::-1], bytearray(b'xyz')[1:], bytearray(b'xyz')[0])
r = range(0, 100, 3)
print(r[2], r[-1], r[5:10], r[::-1], r[::2], r[10:5], r[1::-4], range(10**18)[1:], len(range(10**18)[::2]))
for x in (l, (1,), 'ab', b'ab', range(3)):
    try: x[10]
    except IndexError as e: print(type(e).__name__, e)
    try: x[2**70]
    except IndexError as e: print(type(e).__name__, e)
    try: x['a']
    except TypeError as e: print(type(e).__name__, e)
    try: x['a':]
    except TypeError as e: print(type(e).__name__, e)
    try: x[::0]
    except ValueError as e: print(type(e).__name__, e)
u = 'é' * 200 + 'abc' + 'ü' * 100
print(u[199], u[200], u[202], u[203], len(u), u[190:210], u[-1], u[64], u[128:130])
class I:
    def __index__(self): return 2
print(l[I()], l[I():I()+3] if False else l[I():])
l2 = list(range(10)); l2[2:5] = 'ab'; print(l2)
l2[::2] = range(5) if len(l2[::2]) == 5 else l2[::2]; print(l2)
try: l2[1:2] = 5
except TypeError as e: print(e)
try: l2[::2] = 5
except TypeError as e: print(e)
try: l2[::2] = [1]
except ValueError as e: print(e)
l3 = list(range(10)); del l3[::-3]; print(l3)
l3 = list(range(10)); del l3[1:8:2]; print(l3)
l3 = list(range(10)); del l3[5:2]; print(l3)
l3 = list(range(10)); l3[5:2] = [7, 7]; print(l3)
l3 = list(range(10)); l3[::-1] = l3; print(l3)
l3 = list(range(10)); l3[:] = l3; print(l3)
l3 = list(range(10)); l3[2:4] = l3; print(l3)
