# binascii: b2a_base64 / a2b_base64, including newline= and strict_mode=.
import binascii


def show(f, *args, **kwargs):
    try:
        print(f.__name__, args, kwargs, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, args, kwargs, '!!', type(e).__name__, e)


# Typical use
encoded = binascii.b2a_base64(b'Hello, Reap!')
print(encoded, binascii.a2b_base64(encoded))
for n in range(7):
    data = bytes(range(250, 250 + n)) if n else b''
    print(n, binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
print(binascii.b2a_base64(bytearray(b'\xff\xfe\xfd'), newline=0))
big = bytes(range(256)) * 40
print(binascii.a2b_base64(binascii.b2a_base64(big)) == big)
print(len(binascii.b2a_base64(big)), binascii.crc32(binascii.b2a_base64(big)))

# Decoding is lenient by default: junk characters are skipped, data after the padding ignored.
for s in [b'YWJj', b'YWJjZA==', 'YWJjZA==', b'YW Jj\n', b'Y!WJj', b'=YWJj', b'YW=Jj',
          b'YWJjZA==YWJj', b'YWJjZA===', b'====', b'', b'YWJj=', b'abc=d', b'YQ==YQ==',
          b'/+/+', b'-_-_', '\x00YWJj', b'\x80YWJj', b'Y=W=Jj', b'YW==Jj', b'YWJjZA=x=']:
    show(binascii.a2b_base64, s)

# Padding errors
for s in [b'YWJjZA=', b'YWJjZA', b'YW', b'YWJ', b'YWJjZA=a', b'ab=c',
          b'YWJjZ', b'Y', b'Y===', b'YWJjZ===', b'YWJjZ=']:
    show(binascii.a2b_base64, s)

# strict_mode
for s in [b'YWJj', b'YWJjZA==', b'YWJ=', b'YWJj=', b'=YWJj', b'====', b'YW=Jj', b'Y=WJj',
          b'Y!WJj', b'YW\x80Jj', b'YW Jj\n', b'YWJjZA==YWJj', b'YWJjZA===', b'YWJ==',
          b'YWJjZA==\n', b'YWJjZA=\n=', b'YWJj\nZA==', b'abc=d', b'YWJjZA=a', b'YWJjZA',
          b'YWJjZ', b'YWJjZ=', b'']:
    show(binascii.a2b_base64, s, strict_mode=True)
show(binascii.a2b_base64, b'YWJjZA=', strict_mode=1)

# Argument types
show(binascii.b2a_base64, 'ab')
show(binascii.b2a_base64, None)
show(binascii.a2b_base64, 'YW\xe9')
show(binascii.a2b_base64, 5)
show(binascii.a2b_base64, None)
