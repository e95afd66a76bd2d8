# Arguments that builtins check as CPython's do, and sequences read backwards by reversed().
def t(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except BaseException as e:
        print(expr, "!!", type(e).__name__, e)


class Seq:
    """A sequence by __len__ and __getitem__, which reports what it is asked for."""

    def __init__(self, n, stop_at=None):
        self.n, self.stop_at = n, stop_at

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        print("  getitem", i)
        if self.stop_at is not None and i <= self.stop_at:
            raise IndexError(i)
        if i > 5:
            raise IndexError(i)
        return i * 10


r = reversed(Seq(3))
print("made", type(r).__name__, r.__length_hint__())
print(list(r))
print(list(reversed(Seq(4, stop_at=1))))
print(list(reversed(Seq(0))))


class Complexish:
    def __complex__(self):
        return 1


class AsyncIterable:
    def __aiter__(self):
        return 1


t("complex(Complexish())")
t("aiter(AsyncIterable())")
t("bool.__new__(bool)")
t("bool.__new__(bool, 5) is True")
t("int.__new__(bool, 0) is False")
t("{1: 2}.update({3: 4}, {5: 6})")
t("slice(1, 2) < slice(1, 3)")
t("slice(1, 2) <= slice(1, 2)")
t("slice(1, 2.0) == slice(1, 2)")
t("slice(None, 2) > slice(None, 1)")
t("slice(1, 2).__repr__()")
t("sorted([slice(3), slice(1), slice(2)])")
t("isinstance(1, int | list[int])")
t("isinstance('x', int | list[int])")
t("issubclass(int, int | list[int])")
t("exit(1, 2)")
t("exit(code=4)")
t("quit()")
import sys
t("sys.exit(1, 2)")
