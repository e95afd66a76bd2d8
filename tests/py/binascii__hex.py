# binascii: hexlify / unhexlify and their b2a_hex / a2b_hex aliases, with separators.
import binascii


def show(f, *args, **kwargs):
    try:
        print(f.__name__, args, kwargs, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, args, kwargs, '!!', type(e).__name__, e)


# Typical use
print(binascii.hexlify(b'\x00\x01\xfe\xff'))
print(binascii.unhexlify(b'0001feff'))
print(binascii.b2a_hex(bytearray(b'Reap')), binascii.a2b_hex('52656170'))
print(binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))

# Separators: grouped from the right for positive bytes_per_sep, from the left for negative.
data = b'\x01\x02\x03\x04\x05'
for sep, n in [(':', 1), ('-', 2), (b' ', 2), ('_', -2), ('.', 3), ('.', -3), (':', 5),
               (':', 10), (':', -10), ('|', 0)]:
    show(binascii.hexlify, data, sep, n)
show(binascii.hexlify, b'', '-')
show(binascii.hexlify, b'ab', sep='-')
show(binascii.b2a_hex, b'abcd', sep=':', bytes_per_sep=2)
show(binascii.hexlify, b'abc', bytes_per_sep=2)
show(binascii.hexlify, b'ab', '-', True)

# Decoding: either case, str or bytes, empty
show(binascii.unhexlify, 'ABcd')
show(binascii.unhexlify, '')
show(binascii.a2b_hex, bytearray(b'00ff'))

# Errors
show(binascii.unhexlify, 'abc')
show(binascii.unhexlify, 'ab cd')
show(binascii.unhexlify, b'zz')
show(binascii.unhexlify, '0g')
show(binascii.a2b_hex, b'0')
show(binascii.unhexlify, 'caf\xe9')
show(binascii.unhexlify, 3)
show(binascii.unhexlify, None)
show(binascii.hexlify, 'abc')
show(binascii.hexlify, 3)
show(binascii.hexlify, b'ab', '--')
show(binascii.hexlify, b'ab', b'')
show(binascii.hexlify, b'ab', '\u0100')
show(binascii.hexlify, b'ab', bytearray(b'-'))
show(binascii.hexlify, b'ab', [1])
show(binascii.hexlify, b'ab', 5)
show(binascii.hexlify, b'ab', None)
show(binascii.hexlify, b'ab', '-', 1.5)
show(binascii.hexlify, b'ab', '-', '1')
show(binascii.hexlify, b'abcdef', '-', 2 ** 70)
