# String building sized by a script raises CPython's MemoryError / OverflowError / ValueError
# at once (padding, zfill, expandtabs, join, replace, format widths and precisions), and the
# ordinary results are unchanged.
CASES = [
    "' '.ljust(10**12)", "' '.rjust(10**12)", "' '.center(10**12)", "'1'.zfill(10**12)",
    "'a'.ljust(2**62)", "'a'.center(2**62)", "'a'.zfill(2**62)", "'a'.zfill(2**63)",
    "'a'.ljust(2**63)", "'a'.ljust(10**12, '\u00e9')", "'a'.ljust('3')", "'a'.zfill(2.0)",
    "'abc'.expandtabs(2**40)", "'\\t'.expandtabs(10**12)", "'a'.expandtabs(2.5)",
    "' '.join(['ab'] * 10**5) * 10**7", "''.join(['a' * 10**7] * 10**5)",
    "'x'.join(['a'] * 10**12)", "b''.join([b'a' * 10**7] * 10**5)",
    "('a' * 10**6).replace('a', 'b' * 10**7)", "'ab'.replace('', 'x' * 10**6)[:3]",
    "format('a', '1000000000000')", "format('a', '99999999999999999999')",
    "format(1, '10000000000000d')", "'{:10000000000000}'.format(1)",
    "f'{1:{10**12}}'", "format(1.5, '.10000000000000f')",
    "format(1.5, '.99999999999999999999f')", "format('a', '.10000000000000')",
    "'%10000000000000s' % 'a'", "'%99999999999999999999s' % 'a'",
    "'%10000000000000d' % 1", "'%.10000000000000f' % 1.0",
    "'%.99999999999999999999s' % 'a'", "'%s' % ('a' * 10**6,) * 10**7",
]
for src in CASES:
    try:
        r = eval(src)
        print(src, '->', repr(r)[:40])
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
print(b','.join([b'a', bytearray(b'b'), b'']), b''.join([]), b'-'.join((b'x',)))
try: b','.join([b'a', 'b'])
except TypeError as e: print(e)
try: b','.join([b'a', 1])
except TypeError as e: print(e)
print(','.join(['a', 'b']), ''.join([]), '-'.join('abc'), 'é'.join(['ü', 'ö']))
try: ','.join(['a', 1])
except TypeError as e: print(e)
print('abcabc'.replace('b', 'XY'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'aaa'.replace('a', '', 2), 'héhé'.replace('é', 'e'), 'abc'.replace('z', 'y'), 'aaaa'.replace('aa', 'b', -1), 'ab'.replace('ab', ''))
print('a\tbc\tdéf\n\tx'.expandtabs(), 'a\tb'.expandtabs(0), 'a\tb'.expandtabs(-3), 'ab\tc'.expandtabs(tabsize=4), '\t'.expandtabs(1))
print(repr('ab'.ljust(5, '*')), repr('ab'.rjust(5)), repr('ab'.center(5, 'é')), repr('abc'.center(6)), repr('a'.ljust(-3)), repr('-12'.zfill(6)), repr('+x'.zfill(4)), repr('abc'.zfill(2)), repr('é'.center(4, 'ü')))
for src in ["'a'.ljust('3')", "'a'.zfill(2.0)", "'a'.center(2**63)", "'a'.expandtabs(2.5)", "'a'.zfill()"]:
    try: eval(src)
    except (TypeError, OverflowError) as e: print(type(e).__name__, e)
print(format('ab', '*^7'), format(12, '08d'), f'{"x":>4}', format(3.5, '10.2f'))
