# %-formatting's corners (keys with parentheses, C length modifiers, `%` with flags) and
# format()'s precision without a type, as CPython 3.11 has them.


def attempt(make):
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: "%((a)b)s and %(c)s" % {"(a)b": 1, "c": 2})
attempt(lambda: "%((a)s" % {"(a": 1})
attempt(lambda: "%(a" % {"a": 1})
attempt(lambda: b"%(a" % {b"a": 1})
attempt(lambda: "%ld items, %hd left, %Lf avg, %lx" % (10, 2, 3.5, 255))
attempt(lambda: b"%ld %lx" % (10, 255))
attempt(lambda: "%lld" % 1)
attempt(lambda: "%l" % 1)
attempt(lambda: "100%%" % ())
attempt(lambda: "%5%" % ())
attempt(lambda: "%5%" % (1,))
attempt(lambda: "% %" % (1,))
attempt(lambda: "%(a)%" % {"a": 1})
attempt(lambda: "%.3%" % (1,))
attempt(lambda: b"%5%" % (1,))

for x in [1.5, 2.5, 12345.678, 0.0, -0.0, 15.0, 100.0, 0.0001, 123.0, 9.99, 99.5, 1 / 3, 5e-324]:
    print(x, [format(x, ".%d" % p) for p in (0, 1, 2, 3, 5)], format(x, "#.2"), format(x, "#.0"),
          format(x, "10.1"), "{:.3}".format(x), f"{x:+.2}")
print(format(1.5 + 2.5j, ".0"), format(15 + 0j, ".2"), format(1e5 - 3j, ".1"))
