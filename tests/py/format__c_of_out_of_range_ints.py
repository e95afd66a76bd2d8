# format(n, 'c') reads n as a C long before it checks the code point: an int past that range
# is "too large to convert", one inside it but past U+10FFFF "not in range".
for n in (65, 0x10FFFF, 0x110000, -1, 2**40, 2**63 - 1, 2**63, 2**64, -2**63, -2**63 - 1, -2**70):
    try:
        print(n, repr(format(n, "c")))
    except (OverflowError, ValueError) as e:
        print(n, type(e).__name__, e)
for n in (0x110000, 2**64):
    try:
        print(n, repr("%c" % n))
    except (OverflowError, ValueError) as e:
        print(n, type(e).__name__, e)
