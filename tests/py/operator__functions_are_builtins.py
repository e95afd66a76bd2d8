# operator's plain functions are builtin functions, as CPython's C ones: their repr, their
# argument errors and no frame of their own in a traceback; each does what its operator does.
import operator
import pickle

print(operator.add, operator.iadd, operator.lt, operator.not_, operator.getitem)
print(type(operator.add).__name__, operator.add.__module__, operator.add.__name__, operator.add.__qualname__)
print(operator.invert.__name__, operator.inv.__name__, operator.__add__ is operator.add)
print(pickle.loads(pickle.dumps(operator.mul)) is operator.mul)

for call in (lambda: operator.add(1), lambda: operator.neg(), lambda: operator.setitem([], 0),
             lambda: operator.eq(1, 2, 3), lambda: operator.add(a=1, b=2), lambda: operator.truth(1, x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

print(operator.add(2, 3), operator.sub(2, 3.5), operator.mul("ab", 3), operator.truediv(7, 2),
      operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.lshift(1, 70),
      operator.rshift(-9, 1), operator.and_(12, 10), operator.or_({1}, {2}), operator.xor(True, True))
print(operator.neg(5), operator.pos(-2.5), operator.inv(5), operator.invert(0), operator.not_([]),
      operator.truth("x"), operator.is_(None, None), operator.is_not(1, None))
print([f(1, 2) for f in (operator.lt, operator.le, operator.eq, operator.ne, operator.ge, operator.gt)])

items = [1, 2]
same = operator.iadd(items, [3])
print(same is items, items, operator.iadd((1,), (2,)), operator.isub(10, 4), operator.ipow(3, 3),
      operator.ior({1}, {4}), operator.imatmul.__name__)

d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.contains(d, "b"), operator.getitem("hello", slice(1, 3)))

class Vector:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.xs, other.xs)))
    def __radd__(self, other):
        return "radd" if other == 0 else NotImplemented
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs
    def __bool__(self):
        print("bool asked")
        return any(self.xs)
    def __repr__(self):
        return f"Vector{self.xs}"

v, w = Vector(1, 2), Vector(3, 4)
print(operator.add(v, w), operator.add(0, v), operator.matmul(v, w), operator.eq(v, Vector(1, 2)),
      operator.ne(v, w), operator.not_(Vector(0, 0)), operator.truth(v))
try:
    operator.lt(v, w)
except TypeError as e:
    print("TypeError:", e)

operator.truediv(1, 0)
