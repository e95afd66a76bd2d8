# The in-place functions mutate mutable operands and return the result.
import operator

a = [1, 2]
b = operator.iadd(a, [3])
print(a, b, a is b)
t = (1, 2)
u = operator.iadd(t, (3,))
print(t, u, t is u)
s = {1, 2}
print(operator.ior(s, {5}), s)
print(operator.iand({1, 2, 3}, {2, 3, 4}), operator.isub({1, 2}, {2}), operator.ixor({1, 2}, {2, 3}))
c = [0]
print(operator.imul(c, 3), c)
print(operator.iconcat([1], (2, 3)), operator.iconcat("ab", "c"))
print(operator.isub(10, 3), operator.imul(4, 5), operator.itruediv(7, 2), operator.ifloordiv(7, 2),
      operator.imod(7, 4), operator.ipow(3, 4), operator.ilshift(1, 4), operator.irshift(64, 2),
      operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
d = {"a": 1}
print(operator.ior(d, {"b": 2}), d)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __imatmul__(self, other):
        self.items.append(("@", other))
        return self


acc = Acc()
r = operator.iadd(acc, 5)
operator.imatmul(acc, 6)
print(r is acc, acc.items)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)


x = OnlyAdd(1)
y = operator.iadd(x, 2)
print(x.v, y.v, x is y)
