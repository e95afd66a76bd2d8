"""uuid, written in Python for Reap: UUID objects and the generators uuid1(), uuid3(), uuid4()
and uuid5() of RFC 4122, following CPython 3.11.

    >>> import uuid
    >>> uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
    UUID('6fa459ea-ee8a-3ca4-894e-db77e160355e')
    >>> uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}').bytes[:4]
    b'\\x00\\x01\\x02\\x03'

Differences a script can see: uuid1() always computes the UUID here (CPython asks libuuid when
it can), so its `is_safe` is SafeUUID.unknown; getnode() reads the hardware address from
/sys/class/net (Linux) instead of running `ip` or `ifconfig`, and falls back to a random node
with the multicast bit set, as CPython does.
"""

import os
import sys

from enum import Enum


RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int      # The built-in int type (UUID's constructor has a parameter named int)
bytes_ = bytes  # The built-in bytes type (and one named bytes)


class SafeUUID(Enum):
    """Whether uuid1() was made in a way safe for several processes (uuid_generate_time_safe)."""
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le_fields(data):
    """Converts between `bytes` and `bytes_le`: the first three fields change byte order."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


class UUID:
    """An RFC 4122 UUID: immutable, hashable, ordered by its 128-bit value.

    Make one from exactly one of:
        hex       a string of 32 hexadecimal digits; braces, hyphens and a 'urn:uuid:'
                  prefix are allowed ('{12345678-1234-5678-1234-567812345678}')
        bytes     16 bytes, big-endian
        bytes_le  16 bytes with time_low, time_mid and time_hi_version little-endian
        fields    (time_low, time_mid, time_hi_version, clock_seq_hi_variant,
                   clock_seq_low, node): 32, 16, 16, 8, 8 and 48 bits
        int       the 128-bit integer
    `version` (1 to 5), when given, sets the variant to RFC 4122 and the version number.
    `is_safe` (keyword only) is a SafeUUID, kept as the attribute of the same name.

    Read-only attributes: bytes, bytes_le, fields and each field by name, time (60 bits),
    clock_seq (14 bits), node, hex, int, urn, variant, version (None unless RFC 4122).
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None,
                 *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '')
            digits = digits.strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le_fields(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            (time_low, time_mid, time_hi_version,
             clock_seq_hi_variant, clock_seq_low, node) = fields
            widths = (32, 16, 16, 8, 8, 48)
            for number, (field, width) in enumerate(zip(fields, widths), 1):
                if not 0 <= field < 1 << width:
                    raise ValueError('field %d out of range (need a%s %d-bit value)'
                                     % (number, 'n' if width == 8 else '', width))
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (clock_seq << 48) | node)
        if int is not None:
            if not 0 <= int < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # Variant bits 10 (RFC 4122), then the version in the top 4 bits of time_hi.
            int = (int & ~(0xC000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xF000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            # Only the value: older Pythons without SafeUUID can still unpickle it.
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe'])
                           if 'is_safe' in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        digits = '%032x' % self.int
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le_fields(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return ((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs have a version number.
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xF)


# ---------------------------------------------------------------------------------------------
# The node (hardware address) for uuid1().

def _is_universal(mac):
    """A MAC address assigned by its maker (bit 1 of the first octet clear)."""
    return not (mac & (1 << 41))


def _sysfs_getnode():
    """The address of a network interface from /sys/class/net (Linux); a universally
    administered one first, and not the loopback."""
    base = '/sys/class/net'
    found = None
    for name in sorted(os.listdir(base)):
        try:
            with open(base + '/' + name + '/address') as f:
                text = f.read().strip()
        except OSError:
            continue
        parts = text.split(':')
        if len(parts) != 6 or not all(len(p) == 2 for p in parts):
            continue
        try:
            mac = int_(''.join(parts), 16)
        except ValueError:
            continue
        if mac == 0:
            continue
        if _is_universal(mac):
            return mac
        if found is None:
            found = mac
    return found


def _random_getnode():
    """A random node, with the multicast bit set as RFC 4122 asks (section 4.5) so that it
    cannot be a real card's address."""
    import random
    return random.getrandbits(48) | (1 << 40)


if sys.platform.startswith('linux'):
    _GETTERS = [_sysfs_getnode]
else:
    _GETTERS = []

_node = None


def getnode():
    """The hardware address as a 48-bit int, found once (a random one if none is found)."""
    global _node
    if _node is not None:
        return _node
    for getter in _GETTERS + [_random_getnode]:
        try:
            _node = getter()
        except Exception:
            continue
        if _node is not None and 0 <= _node < (1 << 48):
            return _node
    assert False, '_random_getnode() returned invalid value: {}'.format(_node)


# ---------------------------------------------------------------------------------------------
# The generators.

_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID: the time (in 100 ns since 1582-10-15), the clock sequence
    (`clock_seq`, else 14 random bits) and the node (`node`, else getnode())."""
    global _last_timestamp
    import time
    # 0x01b21dd213814000: the 100 ns intervals from 1582-10-15 to 1970-01-01.
    timestamp = time.time_ns() // 100 + 0x01B21DD213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xFFFFFFFF, (timestamp >> 32) & 0xFFFF,
                        (timestamp >> 48) & 0x0FFF, (clock_seq >> 8) & 0x3F, clock_seq & 0xFF,
                        node), version=1)


def uuid3(namespace, name):
    """A version 3 UUID: the MD5 hash of the namespace UUID and the name (a str)."""
    from hashlib import md5
    digest = md5(namespace.bytes + bytes(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random (version 4) UUID."""
    return UUID(bytes=_urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: the SHA-1 hash of the namespace UUID and the name (a str)."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=5)


try:
    from os import urandom as _urandom
except ImportError:
    # Reap's os has no urandom() yet: secrets has the stand-in.
    def _urandom(size):
        from secrets import _urandom as urandom
        return urandom(size)


# The namespaces of RFC 4122 (appendix C) for uuid3() and uuid5().
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
