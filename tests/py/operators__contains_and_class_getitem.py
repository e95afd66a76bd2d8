# `in` on instances with __contains__ and `Class[key]` under a metaclass's __getitem__ run
# their Python methods as calls of the evaluation loop; what they give, raise and print in
# tracebacks must stay CPython's.
import traceback


class Box:
    def __init__(self, result):
        self.result = result

    def __contains__(self, item):
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


class Loud:
    def __bool__(self):
        print("asked for truth")
        return False


for result in (True, False, 1, 0, "", "x", [], [0], None, Loud()):
    box = Box(result)
    print(repr(result) if not isinstance(result, Loud) else "Loud", 5 in box, 5 not in box)

try:
    3 in Box(KeyError("inside"))
except KeyError as e:
    print("KeyError:", e)


class Refuses:
    def __bool__(self):
        raise ValueError("no truth")


try:
    3 in Box(Refuses())
except ValueError as e:
    print("ValueError:", e)


def nested():
    return 1 in Box(RuntimeError("deep"))


try:
    nested()
except RuntimeError:
    traceback.print_exc()

print(sum(1 for i in range(10) if i in Box(i % 3 == 0)))


class Keys(type):
    def __getitem__(cls, key):
        return (cls.__name__, key)


class Table(metaclass=Keys):
    def __class_getitem__(cls, key):
        return "class_getitem"


class Generic:
    def __class_getitem__(cls, key):
        return ("generic", key)


print([Table[i] for i in range(3)], Table["k"], Generic[int], list[int])


class Strict(type):
    def __getitem__(cls, key):
        if key < 0:
            raise IndexError("negative %d" % key)
        return key * 2


class Doubles(metaclass=Strict):
    pass


print([Doubles[i] for i in range(4)])
try:
    Doubles[-1]
except IndexError as e:
    print("IndexError:", e)
