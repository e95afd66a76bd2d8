# Objects copy cannot handle.
import copy


def gen():
    yield 1


for func in (copy.copy, copy.deepcopy):
    try:
        func(gen())
    except TypeError as e:
        print(func.__name__, type(e).__name__, e)


class Bad:
    def __deepcopy__(self, memo):
        raise copy.Error("no deep copies of Bad")


try:
    copy.deepcopy([Bad()])
except copy.Error as e:
    print(type(e).__name__, e)


class NotCopyable:
    def __reduce_ex__(self, protocol):
        raise TypeError(f"NotCopyable refuses protocol {protocol}")


try:
    copy.copy(NotCopyable())
except TypeError as e:
    print(type(e).__name__, e)

try:
    copy.deepcopy({"x": NotCopyable()})
except TypeError as e:
    print(type(e).__name__, e)


class BadState:
    def __getstate__(self):
        return 42


try:
    copy.copy(BadState())
except Exception as e:
    print(type(e).__name__)
