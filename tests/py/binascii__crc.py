# binascii: crc32 and crc_hqx, incremental use and argument handling.
import binascii


def show(f, *args):
    try:
        print(f.__name__, args, '->', repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, '!!', type(e).__name__, e)


# Typical use: a running checksum over chunks equals the one-shot value.
data = b'The quick brown fox jumps over the lazy dog'
print(binascii.crc32(data), format(binascii.crc32(data), '08x'))
crc = 0
for i in range(0, len(data), 7):
    crc = binascii.crc32(data[i:i + 7], crc)
print(crc == binascii.crc32(data))
print(binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
crc = 0
for i in range(0, len(data), 5):
    crc = binascii.crc_hqx(data[i:i + 5], crc)
print(crc == binascii.crc_hqx(data, 0))

for value in [b'', b'a', b'hello', bytearray(b'hello'), bytes(range(256)), b'\xff' * 100]:
    print(value[:8], binascii.crc32(value), binascii.crc_hqx(value, 0), binascii.crc_hqx(value, 0x1d0f))

# The starting value is reduced to 32 (or 16) bits.
show(binascii.crc32, b'hello', 12345)
show(binascii.crc32, b'hello', -1)
show(binascii.crc32, b'hello', 2 ** 40)
show(binascii.crc32, b'a', 2 ** 70 + 5)
show(binascii.crc32, b'a', True)
show(binascii.crc_hqx, b'hello', 0x1ffff)
show(binascii.crc_hqx, b'hello', -1)
show(binascii.crc_hqx, b'a', 2 ** 70)

# Errors
show(binascii.crc32, 'hello')
show(binascii.crc32, None)
show(binascii.crc32, b'a', 1.0)
show(binascii.crc32, b'a', '1')
show(binascii.crc32, b'a', None)
show(binascii.crc_hqx, 'a', 0)
show(binascii.crc_hqx, b'hello', 1.0)
