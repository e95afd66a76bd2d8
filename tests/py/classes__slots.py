# __slots__ restricts attributes and removes __dict__.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)

class Q(P):
    pass

q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))
print(P.__slots__)
