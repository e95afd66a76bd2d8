# functools.reduce is a builtin function, as CPython's C one: its repr, CPython's argument
# errors (no keywords; 'arg 2 must support iteration'), and no frame of its own in a traceback.
import functools, operator
print(functools.reduce)
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
for args, kw in [((), {}), ((operator.add,), {}), ((operator.add, []), {}), ((operator.add, 5), {}), ((operator.add, [1], 0, 1), {}), ((operator.add, [1]), {'initial': 0})]:
    try:
        print(functools.reduce(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)
print(functools.reduce.__name__, functools.reduce.__qualname__, functools.reduce.__module__, type(functools.reduce).__name__)
class Acc:
    def __init__(self, log): self.log = log
    def __call__(self, a, b):
        self.log.append((a, b))
        return a + b
log = []
print(functools.reduce(Acc(log), iter([1, 2, 3, 4])), log)
print(functools.reduce(operator.add, "abc", "!"), functools.reduce(max, [5], None))
def bad_iter():
    yield 1
    raise KeyError("inside")
try:
    functools.reduce(operator.add, bad_iter())
except KeyError as e:
    print("KeyError", e)
functools.reduce(lambda a, b: a / b, [1, 0])
