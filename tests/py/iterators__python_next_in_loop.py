# A for loop over an iterator whose __next__ is Python code runs __next__ as a frame of the
# evaluation loop: StopIteration ends the loop, any other exception propagates with
# CPython's traceback, and the iterator's state is as CPython leaves it.
import sys


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print([x for x in Countdown(3)])
for x in Countdown(2):
    print("body", x, sys._getframe().f_code.co_name)
c = Countdown(5)
for x in c:
    if x == 2:
        break
print("left", c.n, list(c))


class Failing:
    def __iter__(self):
        return self

    def __next__(self):
        return 1 / 0


def loop():
    for x in Failing():
        pass


try:
    loop()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print("  at", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


class CustomStop(StopIteration):
    pass


class Stopper:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise CustomStop("custom")
        return self.i


print(list(Stopper()), [v for v in Stopper()], sum(Stopper()))
for v in Stopper():
    try:
        raise KeyError(v)
    except KeyError as e:
        print("handled", e, sys.exc_info()[0].__name__)
print(sys.exc_info())


class Nested:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


for a in Nested("ab"):
    for b in Nested("xy"):
        print(a + b, end=" ")
print()


class WithArgs:
    def __iter__(self):
        return self

    def __next__(self, extra=None):
        raise StopIteration


class Gen:
    def __iter__(self):
        return self

    def __next__(self):
        yield 1


print(list(WithArgs()))
it = iter(Gen())
print(type(next(it)).__name__)


def gen_over():
    yield from Countdown(3)


print(list(gen_over()))
