# base64: Base64 in its standard, URL-safe and custom-alphabet forms.
import base64


def show(f, *args, **kwargs):
    try:
        print(f.__name__, args, kwargs, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, args, kwargs, '!!', type(e).__name__, e)


# Typical use
encoded = base64.b64encode(b'data to be encoded')
print(encoded, base64.b64decode(encoded))
print(base64.b64decode('ZGF0YSB0byBiZSBlbmNvZGVk'))
for n in range(6):
    data = b'\xfb\xff\xfe\x00\x10'[:n]
    print(n, base64.b64encode(data), base64.urlsafe_b64encode(data),
          base64.standard_b64encode(data), base64.b64encode(data, altchars=b'*!'))

# Alternative alphabets
show(base64.b64encode, b'\xfb\xff', altchars=b'-_')
show(base64.b64encode, b'\xfb\xff', altchars=bytearray(b'-_'))
show(base64.b64decode, b'-_-_', altchars=b'-_')
show(base64.b64decode, '-_-_', altchars='-_')
show(base64.b64decode, b'+/+/', altchars='-_')
show(base64.urlsafe_b64decode, '-__-')
show(base64.urlsafe_b64decode, b'+//+')
show(base64.standard_b64decode, '-__-')
show(base64.standard_b64decode, '+//+')

# validate=True refuses anything outside the alphabet
show(base64.b64decode, 'YWJj\n')
show(base64.b64decode, 'YWJj\n', validate=True)
show(base64.b64decode, 'YW Jj', validate=True)
show(base64.b64decode, 'YWJj=', validate=True)
show(base64.b64decode, 'YWJjZA==YQ==', validate=True)
show(base64.b64decode, 'YWJjZA==YQ==')
show(base64.b64decode, '-_-_', altchars='-_', validate=True)

# Errors
show(base64.b64decode, 'YW')
show(base64.b64decode, 'YWJjZ')
show(base64.b64decode, 'YW\xe9')
show(base64.b64decode, 12)
show(base64.b64encode, 'text')
show(base64.b64encode, b'abc', altchars='-_')
show(base64.b64encode, b'abc', altchars=b'-')
show(base64.b64decode, b'-_-_', altchars='-_=')
show(base64.b64decode, b'-_-_', altchars=3)
show(base64.urlsafe_b64decode, 3.5)
