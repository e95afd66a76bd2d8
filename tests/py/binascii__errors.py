# binascii: the exception classes and what the functions accept.
import binascii

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(issubclass(binascii.Incomplete, ValueError))
print(binascii.Error.__name__, binascii.Incomplete.__name__)

try:
    binascii.unhexlify('abc')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e, repr(e))

try:
    binascii.a2b_base64(b'YWJ')
except binascii.Error as e:
    print('caught as binascii.Error:', e, e.args)

# Decoders take bytes, bytearray or an ASCII str; encoders only bytes-like objects.
for f in (binascii.a2b_hex, binascii.a2b_base64, binascii.a2b_uu):
    for arg in ('', 'ca f\xe9', 1.5, [1], None):
        try:
            print(f.__name__, repr(arg), '->', f(arg))
        except (TypeError, ValueError) as e:
            print(f.__name__, repr(arg), '!!', type(e).__name__, e)
for f in (binascii.b2a_hex, binascii.b2a_base64, binascii.b2a_uu, binascii.crc32):
    for arg in ('', 1.5, [1], None):
        try:
            print(f.__name__, repr(arg), '->', f(arg))
        except TypeError as e:
            print(f.__name__, repr(arg), '!!', type(e).__name__, e)
