# Shifts of machine-sized ints stay exact where the result outgrows a machine word, and round
# down on the right, for every sign and count around the word's edges.
vals = [0, 1, -1, 2, -2, 3, 2**31, -2**31, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
        12345678901234, -98765432109, 0x5555555555555555, -0x5555555555555555]
counts = [0, 1, 2, 5, 31, 32, 33, 62, 63, 64, 65, 100, 200]
for v in vals:
    print(v, [v << c for c in counts[:8]], [v >> c for c in counts])
print(max((v << c).bit_length() for v in vals for c in counts))
for bad in (-1, -100):
    for op in ("1 << bad", "1 >> bad", "(2**70) << bad"):
        try:
            eval(op)
        except ValueError as e:
            print(op, e)
print(True << 3, False >> 1, 1 << True, -5 >> 1, -1 >> 200, 1 >> 200)
x = 7
x <<= 70
print(x)
x >>= 69
print(x)
