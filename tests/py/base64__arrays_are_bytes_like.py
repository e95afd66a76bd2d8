# array.array is bytes-like wherever CPython takes the buffer protocol: hashing, hmac, base64,
# binascii, BytesIO.write, bytes methods.
import array, hashlib, hmac, base64, binascii, io
a = array.array('b', [65, 66, 67, 68])
for name, f in [("sha256", lambda: hashlib.sha256(a).hexdigest()[:16]), ("hmac", lambda: hmac.new(b'k', a, 'md5').hexdigest()),
                ("b64", lambda: base64.b64encode(a)), ("hexlify", lambda: binascii.hexlify(a)), ("bytesio", lambda: io.BytesIO().write(a)),
                ("b64 mv", lambda: base64.b64encode(memoryview(b'ab'))), ("crc32", lambda: binascii.crc32(a)),
                ("update", lambda: hashlib.md5().update(a)), ("b16", lambda: base64.b16encode(a)), ("b32", lambda: base64.b32encode(a)),
                ("a85", lambda: base64.a85encode(a)), ("urlsafe", lambda: base64.urlsafe_b64encode(a)), ("b2a_hex", lambda: binascii.b2a_hex(a)),
                ("a2b_base64", lambda: binascii.a2b_base64(array.array('b', b'QUJD'))), ("int.from_bytes", lambda: int.from_bytes(a, 'big')),
                ("bytes.join", lambda: b''.join([a, a])), ("find", lambda: b'xxABCD'.find(a)), ("bytearray+=", lambda: bytearray(b'x') + a)]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
