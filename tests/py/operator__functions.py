# The plain operator functions, and the dunder spellings.
import operator
from functools import reduce

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(map(operator.neg, [1, -2, 3.5])))
print(operator.add(1, 2), operator.sub(10, 4), operator.mul("ab", 3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.pow(2, -1))
print(operator.lshift(1, 5), operator.rshift(256, 3), operator.and_(12, 10), operator.or_(12, 10),
      operator.xor(12, 10), operator.inv(5), operator.invert(0), operator.neg(4), operator.pos(-4),
      operator.abs(-3.5))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}), operator.sub({1, 2}, {1}))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2),
      operator.ge(1, 2), operator.gt("b", "a"))
print(operator.not_([]), operator.not_(0), operator.truth([1]), operator.truth(""),
      operator.is_(None, None), operator.is_not(1, None))
print(operator.index(7), operator.index(True), type(operator.index(True)))


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __matmul__(self, other):
        return f"matmul {self.v} {other.v}"


print(operator.index(Num(9)), operator.matmul(Num(1), Num(2)), [10, 20, 30][Num(1)])

# Sequence helpers
print(operator.concat([1, 2], [3]), operator.concat("ab", "cd"), operator.concat((1,), (2,)))
print(operator.contains([1, 2, 3], 2), operator.contains("abc", "d"), operator.contains({"k": 1}, "k"))
print(operator.countOf([1, 2, 1, 1.0, True, 3], 1), operator.countOf("banana", "a"))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf(iter("xyz"), "y"))
nan = float("nan")
print(operator.countOf([nan, nan], nan), operator.indexOf([1, nan], nan))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(d, operator.getitem(d, "a"))
operator.delitem(d, "a")
print(d)
lst = list(range(6))
operator.setitem(lst, slice(0, 2), ["x"])
operator.delitem(lst, slice(-2, None))
print(lst, operator.getitem(lst, slice(None, None, -1)))

print(operator.length_hint([1, 2, 3]), operator.length_hint(5), operator.length_hint(5, 8),
      operator.length_hint({}, 4), operator.length_hint("", 9))


class Hint:
    def __length_hint__(self):
        return 12


print(operator.length_hint(Hint()), operator.length_hint(Hint(), 2))
print(operator.call(len, "four"), operator.call(dict, a=1), operator.call(max, 3, 9, key=None))

# Dunder spellings name the same functions.
print(operator.__add__ is operator.add, operator.__inv__ is operator.inv,
      operator.__invert__ is operator.invert, operator.__not__ is operator.not_,
      operator.__call__ is operator.call, operator.__iconcat__ is operator.iconcat)
print(operator.__add__(2, 3), operator.__getitem__("xyz", 1), operator.__contains__([1], 1))
print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))
for name in operator.__all__:
    assert callable(getattr(operator, name)), name
print(operator.itemgetter.__name__, operator.attrgetter.__module__, operator.add.__name__)
