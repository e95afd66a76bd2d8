# An instance of a subclass of a builtin type is as true as the value it holds, and only ints
# are indexes.
class Flags(int):
    pass


class Name(str):
    pass


class Stack(list):
    pass


for v in [Flags(0), Flags(3), Name(""), Name("x"), Stack(), Stack([1])]:
    print(type(v).__name__, repr(v), bool(v), not v, "yes" if v else "no")
print(hasattr(float, "__index__"), hasattr(int, "__index__"), hasattr(bool, "__index__"))
try:
    index = 1.0
    [1, 2][index]
except TypeError as e:
    print("TypeError", e)
import operator
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError", e)
print(operator.index(Flags(2)), [10, 20, 30][Flags(1)])
