# Mutating sets.
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s)
s.update([5, 6], {7})
print(s)
s.discard(100)
s.discard(5)
print(s)
s.remove(6)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
x = s.pop()
print(x in s, len(s))
s.clear()
print(s)
t = {1, 2, 3}
t &= {2, 3, 4}
print(t)
t |= {10}
print(t)
t -= {2}
print(t)
