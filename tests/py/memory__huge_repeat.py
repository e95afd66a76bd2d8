# Sizes a script asks for raise what CPython raises (MemoryError, OverflowError) at once,
# never abort the process: repetition, in-place repetition, bytes(n), and list(range(...))
# style materialisation, which is sized up front from the range's length.
import itertools

CASES = [
    "'a' * 10**12", "10**12 * 'a'", "'x' * 2**62", "'ab' * 2**62", "'x' * 2**63",
    "2**63 * 'x'", "'a' * -2**70", "'\u00e9' * 2**62", "'\u4e2d' * 10**12",
    "[0] * 10**12", "[1, 2] * 2**62", "[0] * 2**63", "(1,) * 10**12", "(1, 2) * 2**62",
    "[[]] * 10**12", "[None] * 2**60", "b'a' * 10**12", "b'ab' * 2**62", "b'a' * 2**63",
    "bytearray(b'ab') * 2**62",
    "bytes(10**12)", "bytes(2**62)", "bytes(2**63)", "bytes(-1)", "bytearray(10**12)",
    "bytearray(2**63)", "bytearray(-1)", "bytes(range(2**62))", "bytearray(range(10**12))",
    "list(range(10**12))", "tuple(range(10**12))", "list(range(2**62))",
    "[*range(10**12)]", "sorted(range(10**12))", "list(reversed(range(10**12)))",
    "'a' * 1.5", "[1] * 'a'", "'a' * -1", "[1, 2] * 0", "3 * (1,)", "True * 'ab'",
]
for src in CASES:
    try:
        r = eval(src)
        print(src, '->', repr(r)[:40])
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)

STATEMENTS = [
    "l = [1]; l *= 10**12", "l = [1, 2]; l *= 2**62", "l = [1, 2]; l *= 2**63",
    "b = bytearray(b'a'); b *= 10**12", "l = []; l.extend(range(10**12))",
    "l = []; l += range(10**12)", "a, b = range(10**12)", "a, b = itertools.count()",
    "a, *b = range(10**12)",
]
for src in STATEMENTS:
    try:
        exec(src)
        print(src, '-> ok')
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)

# In-place repetition changes the list itself (every name for it sees the change).
l = [1, 2]
alias = l
l *= 3
print(l, alias, l is alias)
l *= 1
print(l)
l *= 0
print(l, alias)
b = bytearray(b'xy')
same = b
b *= 2
print(b, same, b is same, b * 2, 2 * b)
print(bytes(3), bytearray(2), bytes(range(3)), bytearray([1, 2]), bytes([]))
for bad in ([256], [-1], ['a']):
    for kind in (bytes, bytearray):
        try:
            kind(bad)
        except (ValueError, TypeError) as e:
            print(kind.__name__, type(e).__name__, e)
