# list.index and tuple.index read start and stop as slices do; a range too long for a
# machine size is an OverflowError when a list is made of it, not an endless allocation.


def attempt(label, make):
    try:
        print(label, "->", repr(make()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Two:
    def __index__(self):
        return 2


attempt("index(2, 2, 3)", lambda: [1, 2, 3, 2, 1].index(2, 2, 3))
attempt("index(2, -2)", lambda: [1, 2, 3, 2, 1].index(2, -2))
attempt("index(3, 0, -1)", lambda: [1, 2, 3].index(3, 0, -1))
attempt("index(2, 10**20)", lambda: [1, 2, 3].index(2, 10 ** 20))
attempt("index(3, -10**30, 10**30)", lambda: [1, 2, 3].index(3, -10 ** 30, 10 ** 30))
attempt("tuple index(3, 0, 2)", lambda: (1, 2, 3).index(3, 0, 2))
attempt("index(2, None)", lambda: [1, 2].index(2, None))
attempt("index(2, 1.0)", lambda: [1, 2].index(2, 1.0))
attempt("index(3, Two())", lambda: [1, 2, 3].index(3, Two()))
attempt("index(1, Two())", lambda: [1, 2, 3].index(1, Two()))
attempt("list(range(2**64))", lambda: list(range(2 ** 64)))
attempt("tuple(range(2**63))", lambda: tuple(range(2 ** 63)))
attempt("sorted(range(2**64))", lambda: sorted(range(2 ** 64)))
attempt("list(range(2**64, 2**64 + 3))", lambda: list(range(2 ** 64, 2 ** 64 + 3)))
