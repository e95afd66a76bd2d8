# base64: Base32 (both alphabets) and Base16.
import base64


def show(f, *args, **kwargs):
    try:
        print(f.__name__, args, kwargs, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, args, kwargs, '!!', type(e).__name__, e)


# Typical use
print(base64.b32encode(b'Reap'), base64.b32decode(b'KJSWC4A='))
print(base64.b32hexencode(b'Reap'), base64.b32hexdecode(b'A9IM2S0='))
print(base64.b16encode(b'\x01\xab\xff'), base64.b16decode('01ABFF'))
for n in range(12):
    data = bytes(range(97, 97 + n))
    e = base64.b32encode(data)
    h = base64.b32hexencode(data)
    print(n, e, h, base64.b32decode(e) == data, base64.b32hexdecode(h) == data)

# casefold and map01
show(base64.b32decode, 'mfrgg===')
show(base64.b32decode, 'mfrgg===', True)
show(base64.b32decode, 'M1RGG===', map01='L')
show(base64.b32decode, 'M0RGG===', map01=b'I')
show(base64.b32decode, 'm0rgg===', casefold=True, map01=b'I')
show(base64.b32hexdecode, 'c5h66===', casefold=True)
show(base64.b32hexdecode, 'c5h66===')
show(base64.b16decode, 'abcd')
show(base64.b16decode, 'abcd', True)
show(base64.b16decode, bytearray(b'ABCD'))

# Errors
for s in ['MFRGG==', 'MFRG====', 'MF=GG===', '========', 'M0RGG===', 'MFRGG=A=', 'MFRGG\xe9==',
          'MFRGGZDF', 'MFRGGZD=', 'MFRGGZ==', 'MFRGGZ\n=', '']:
    show(base64.b32decode, s)
show(base64.b32decode, 'M0RGG===', map01=b'IL')
show(base64.b32decode, 'M0RGG===', map01=1)
show(base64.b32hexdecode, 'W0======')
show(base64.b16decode, 'ABC')
show(base64.b16decode, 'ABCG')
show(base64.b16decode, 'AB CD')
show(base64.b32encode, 'abc')
show(base64.b32encode, 3)
show(base64.b16encode, 'ab')
