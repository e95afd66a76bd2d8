# uuid: the documentation's examples, every attribute, and the generators.
import uuid

# uuid3 and uuid5 are deterministic.
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://python.org/'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://python.org/'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'caf\xe9.example'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)

x = uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}')
print(str(x), repr(x))
print(x.bytes)
print(uuid.UUID(bytes=x.bytes))
print(x.bytes_le)
print(x.fields)
print(x.hex, x.int, x.urn)
print(x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant, x.clock_seq_low, x.node)
print(x.time, x.clock_seq, x.variant, x.version, x.is_safe)

# All the ways of writing the same UUID.
forms = [
    uuid.UUID('{12345678-1234-5678-1234-567812345678}'),
    uuid.UUID('12345678123456781234567812345678'),
    uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    uuid.UUID('urn:uuid:{12345678123456781234567812345678}'),
    uuid.UUID(hex='12345678-1234-5678-1234-567812345678'),
    uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
    uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78\x12\x34\x56\x78'),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
]
print(len(set(forms)), all(f == forms[0] for f in forms), forms[0])
print(uuid.UUID('12345678-1234-5678-1234-567812345678'.upper()))

# version= sets the variant and version bits.
for v in range(1, 6):
    u = uuid.UUID(int=0, version=v)
    print(v, u, u.version, u.variant)
print(uuid.UUID(int=(1 << 128) - 1, version=4))

# Variants, and the version only for RFC 4122 UUIDs.
for top in range(8):
    u = uuid.UUID(int=(top << 61) | (3 << 76))
    print(top, u.variant, u.version)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=' | ')

# uuid4: random, version 4.
a, b = uuid.uuid4(), uuid.uuid4()
print(a.version, a.variant, a != b, len(str(a)), type(a).__name__, a.is_safe)

# uuid1 with a given node and clock sequence: version 1, the fields land where they should,
# and times go forward.
u1 = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
u2 = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(u1.version, u1.variant, hex(u1.node), hex(u1.clock_seq), u2.time > u1.time)
print(u1.time > 0x01B21DD213814000 + 1_600_000_000 * 10_000_000)
u3 = uuid.uuid1()
print(u3.version, u3.node == uuid.getnode(), 0 <= u3.clock_seq < 1 << 14)
node = uuid.getnode()
print(type(node).__name__, 0 <= node < 1 << 48, uuid.getnode() == node)
print(uuid._random_getnode() >> 40 & 1)

# SafeUUID.
print(list(uuid.SafeUUID), uuid.SafeUUID(0), uuid.SafeUUID(None), uuid.SafeUUID.unsafe.value)
print(uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
