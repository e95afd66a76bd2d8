# An exhausted iterator stays exhausted when its list, dict or bytearray grows afterwards; a list
# or tuple iterator lets go of its sequence at its end (what only it held dies then).
l = [1, 2]
it = iter(l)
print(list(it))
l.append(3)
print(list(it), next(it, "done"))
d = {1: 2}
di = iter(d)
print(list(di)); d[5] = 6; print(list(di))
s = "ab"; si = iter(s); print(list(si), list(si))
t = (1,); ti = iter(t); print(next(ti), next(ti, "end"), next(ti, "end"))
r = reversed(l); print(list(r)); l.append(9); print(list(r))
b = bytearray(b"x"); bi = iter(b); print(list(bi)); b.append(65); print(list(bi))
class X:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
it = iter([X(1), X(2)])
for x in it:
    print("got", x.n)
del x
print("loop over")
it2 = iter((X(3),))
print(next(it2).n)
print(next(it2, "end"))
print("before del it2")
del it2
print("end")
