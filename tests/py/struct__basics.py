# struct as the Python docs present it: packing values into bytes and back by a format of
# byte order, sizes and alignment; calcsize; the Struct class; unpacking into named tuples;
# pack_into/unpack_from on buffers and iter_unpack.
import struct
from collections import namedtuple
from struct import Struct, calcsize, iter_unpack, pack, pack_into, unpack, unpack_from

print(pack('>bhl', 1, 2, 3))
print(unpack('>bhl', b'\x01\x00\x02\x00\x00\x00\x03'))
print(calcsize('@lhl'), calcsize('@llh'), calcsize('=lhl'), calcsize('<qh'), calcsize('@llh0l'))
print(pack('@ccc', b'1', b'2', b'3'), pack('@3s', b'123'))
print(pack('<i', 1), pack('>i', 1), pack('!i', 1), pack('=i', 1), pack('@i', 1), pack('i', 1))
print(pack('ci', b'*', 0x12131415), pack('ic', 0x12131415, b'*'), calcsize('ci'), calcsize('ic'))
print(pack('llh0l', 1, 2, 3))

record = b'raymond   \x32\x12\x08\x01\x08'
name, serialnum, school, gradelevel = unpack('<10sHHb', record)
print(name, serialnum, school, gradelevel)
Student = namedtuple('Student', 'name serialnum school gradelevel')
print(Student._make(unpack('<10sHHb', record)))

s = Struct('<I2s?xd')
print(s.format, s.size, type(s).__name__)
packed = s.pack(42, b'ok', True, -1.5)
print(packed, s.unpack(packed))
buf = bytearray(4 + s.size)
s.pack_into(buf, 4, 7, b'xy', False, 0.25)
print(buf, s.unpack_from(buf, 4), s.unpack_from(buffer=buf, offset=4))
pack_into('>h', buf, 0, -2)
print(buf[:2], unpack_from('>h', buf), unpack_from('>H', buf, 0))
print(list(iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
it = struct.iter_unpack('B', bytes(range(4)))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
for fields in Struct('>HH').iter_unpack(b'\x00\x01\x00\x02\x00\x03\x00\x04'):
    print(fields)

print(pack('5s', b'abcdefg'), pack('5s', b'ab'), pack('5p', b'abcdefg'), pack('5p', b'ab'))
print(unpack('5s5p', b'abcde\x02fghi'), pack('3x'), calcsize('3x'), pack('0s', b'zz'), unpack('0s', b''))
print(pack('?', 0), pack('?', 'yes'), unpack('??', b'\x00\x07'))
print(pack('e', 1.5), pack('<e', 65504), unpack('<e', b'\x00\x3c'), pack('>e', -0.0))
print(pack('<f', 0.1), unpack('<f', pack('<f', 0.1)), pack('<d', 0.1), unpack('<d', pack('<d', 0.1)))
print(pack('<q', -1), pack('<Q', 2**64 - 1), unpack('<q', b'\xff' * 8), unpack('<Q', b'\xff' * 8))
print(pack('n', -1), pack('N', 2**64 - 1), pack('P', 2**64 - 1), calcsize('nNP'))
print(struct.error, issubclass(struct.error, Exception), Struct)
print(pack(b'>h', 1), Struct(b'<h').format, calcsize(b'ii'))
