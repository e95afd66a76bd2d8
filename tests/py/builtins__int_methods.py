# int's methods and data attributes: to_bytes, from_bytes, bit_count, as_integer_ratio,
# conjugate, __round__, __trunc__/__floor__/__ceil__, real/imag/numerator/denominator.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class I(int):
    pass


# to_bytes: defaults, byte orders, signed, lengths that do and do not fit.
for n, args, kw in [
    (5, (), {}),
    (0, (0,), {}),
    (1024, (2, "big"), {}),
    (1024, (2, "little"), {}),
    (1024, (4,), {"byteorder": "little"}),
    (-1, (1,), {"signed": True}),
    (-1, (0,), {"signed": True}),
    (-1, (3, "little"), {"signed": True}),
    (-128, (1,), {"signed": True}),
    (-129, (1,), {"signed": True}),
    (127, (1,), {"signed": True}),
    (128, (1,), {"signed": True}),
    (128, (1,), {}),
    (255, (1,), {}),
    (256, (1,), {}),
    (-256, (2,), {"signed": True}),
    (2**64 + 3, (9, "big"), {}),
    (2**64 + 3, (8, "big"), {}),
    (-(2**63), (8, "little"), {"signed": True}),
    (-1, (1,), {}),
    (5, (-1,), {}),
    (5, (1, "middle"), {}),
    (5, (1, 5), {}),
    (5, ("a",), {}),
    (5, (1.0,), {}),
    (5, (1, "big", True), {}),
    (5, (), {"length": 2, "signed": 1}),
    (5, (1,), {"length": 2}),
    (5, (), {"bogus": 1}),
    (True, (2,), {}),
    (I(258), (2,), {}),
]:
    attempt(f"({n}).to_bytes{args}{kw}", lambda: n.to_bytes(*args, **kw))

# from_bytes: bytes-likes, iterables of ints, class method on subclasses.
for args, kw in [
    ((b"\x01\x00",), {}),
    ((b"\x01\x00", "little"), {}),
    ((b"\xff\xff",), {"signed": True}),
    ((b"\xff\x00", "little"), {"signed": True}),
    ((b"",), {}),
    ((b"",), {"signed": True}),
    ((bytearray(b"\x12\x34"),), {}),
    (([1, 2, 3],), {}),
    (((255,) * 9,), {"byteorder": "big", "signed": True}),
    ((range(4),), {}),
    ((iter([7, 8]), "little"), {}),
    (([1, 256],), {}),
    (([1, -1],), {}),
    (([1, "a"],), {}),
    (("ab",), {}),
    ((5,), {}),
    ((None,), {}),
    ((b"\x01", "sideways"), {}),
    ((b"\x01", 1), {}),
    ((), {}),
    ((b"\x01",), {"bytes": b"\x02"}),
    ((), {"bytes": b"\x02", "byteorder": "little"}),
]:
    attempt(f"int.from_bytes{args}{kw}", lambda: int.from_bytes(*args, **kw))
print(repr(bool.from_bytes(b"\x00")), repr(bool.from_bytes(b"\x00\x01")))
r = I.from_bytes(b"\x02")
print(type(r).__name__, r)
print(repr((5).from_bytes(b"\x09")))
for n in [0, 1, -1, 2**100 - 1, -(2**70), 1 << 200]:
    for signed in (False, True):
        try:
            b = n.to_bytes((n.bit_length() + 8) // 8 + 1, "little", signed=signed)
            print(n == int.from_bytes(b, "little", signed=signed), end=" ")
        except OverflowError as e:
            print("OverflowError", end=" ")
print()

# bit_count, as_integer_ratio, conjugate.
for n in [0, 1, 7, -7, 255, 2**100 - 1, -(2**64), True, False, I(12)]:
    print(repr(n), n.bit_count(), n.bit_length(), n.as_integer_ratio(), repr(n.conjugate()))
attempt("(5).bit_count(1)", lambda: (5).bit_count(1))
attempt("(5).as_integer_ratio(1)", lambda: (5).as_integer_ratio(1))
attempt("(5).conjugate(x=1)", lambda: (5).conjugate(x=1))
attempt("int.bit_count()", lambda: int.bit_count())
attempt("int.bit_count('x')", lambda: int.bit_count("x"))
attempt("int.bit_length()", lambda: int.bit_length())
attempt("int.to_bytes(2.5)", lambda: int.to_bytes(2.5))
print(type(True.conjugate()).__name__, type(I(3).as_integer_ratio()[0]).__name__)

# __round__ and the conversions.
for n in [1234, 1250, 1350, -1250, -1350, 5, 15, 25, 0, 2**70 + 5 * 10**20]:
    print(n, [n.__round__(d) for d in (-1, -2, -3, 0, 2)], round(n, -1), round(n))
print(round(12345, -30), round(-12345, -5), round(50000, -5))
print(repr(True.__round__()), repr(round(True, -1)), repr(round(I(17), -1)), type(round(I(17))).__name__)
attempt("(5).__round__(None)", lambda: (5).__round__(None))
attempt("round(5, None)", lambda: round(5, None))
attempt("round(5, 'a')", lambda: round(5, "a"))
attempt("round(5, 1.0)", lambda: round(5, 1.0))
attempt("(5).__round__(1, 2)", lambda: (5).__round__(1, 2))
for name in ["__trunc__", "__floor__", "__ceil__"]:
    print(name, repr(getattr(7, name)()), repr(getattr(True, name)()), repr(getattr(I(-3), name)()))
attempt("(5).__trunc__(1)", lambda: (5).__trunc__(1))

# The data attributes, on values and on the class.
for n in [7, -7, True, I(9), 2**80]:
    print(repr(n.real), repr(n.imag), repr(n.numerator), repr(n.denominator), type(n.real).__name__)
print(all(name in dir(int) for name in ["real", "imag", "numerator", "denominator", "to_bytes", "from_bytes"]))
print(hasattr(int, "real"), hasattr(int, "denominator"), hasattr(int, "is_integer"))
attempt("(5).real = 1", lambda: setattr(5, "real", 1))
