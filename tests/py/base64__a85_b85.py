# base64: Ascii85 (with its options) and Base85.
import base64


def show(f, *args, **kwargs):
    try:
        print(f.__name__, args, kwargs, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, args, kwargs, '!!', type(e).__name__, e)


# Typical use
print(base64.a85encode(b'hello world!'), base64.a85decode(b'BOu!rD]j7BEbo80'))
print(base64.b85encode(b'hello world'), base64.b85decode(b'Xk~0{Zy<MXa%^M'))
data = bytes(range(256))
print(base64.a85decode(base64.a85encode(data)) == data, base64.b85decode(base64.b85encode(data)) == data)
for n in range(9):
    chunk = b'\x00\x00\x00\x00    abc'[:n]
    print(n, base64.a85encode(chunk), base64.a85encode(chunk, pad=True),
          base64.a85encode(chunk, foldspaces=True), base64.b85encode(chunk),
          base64.b85encode(chunk, pad=True))

# Ascii85 options
show(base64.a85encode, b'', adobe=True)
show(base64.a85encode, b'', adobe=True, wrapcol=1)
show(base64.a85encode, b'hello world!!', wrapcol=5, adobe=True)
show(base64.a85encode, b'hello world!!', wrapcol=7, adobe=True)
show(base64.a85encode, b'hello world!!', wrapcol=1)
show(base64.a85encode, b'hello world!!', wrapcol=4)
show(base64.a85decode, b'<~BOu!rD]j7BEbo80~>', adobe=True)
show(base64.a85decode, b'BOu!rD]j7BEbo80~>', adobe=True)
show(base64.a85decode, '<~BOu\n!rD]j\n7BEbo\n80+T\n~>', adobe=True)
show(base64.a85decode, b'z!!')
show(base64.a85decode, b'y', foldspaces=True)
show(base64.a85decode, b'B O u\n!r')
show(base64.a85decode, b'B O u!r', ignorechars=b' ')
show(base64.a85decode, b'BOu!r', ignorechars=b'')
show(base64.a85decode, b'B')
show(base64.a85decode, b'BO')
show(base64.b85decode, b'Xk~0{Zy<MXa%^')
show(base64.b85decode, b'X')
show(base64.b85decode, '|NsC0|NsC0')

# Errors
show(base64.a85decode, b'<~BOu!rD]j7BEbo80', adobe=True)
show(base64.a85decode, b'!z!')
show(base64.a85decode, b'!y', foldspaces=True)
show(base64.a85decode, b'y')
show(base64.a85decode, b's8W-"')
show(base64.a85decode, b'uuuuu')
show(base64.a85decode, b'B\tOu', ignorechars=b' ')
show(base64.b85decode, b'Xk"0{')
show(base64.b85decode, b'~~~~~')
show(base64.b85decode, 'Xk~0{\xe9')
show(base64.a85encode, 'abc')
show(base64.b85encode, None)
