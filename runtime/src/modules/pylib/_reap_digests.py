"""The hash algorithms behind Reap's hashlib: MD5, SHA-1, SHA-2, SHA-3/SHAKE, BLAKE2,
RIPEMD-160, SM3 and MD5-SHA1.

Each algorithm is an "engine" class: `E()` starts a computation (BLAKE2 takes its parameter
block, key, digest size and last-node flag), with `update(data)` for bytes or bytearray,
`digest()` (`digest(length)` for SHAKE), `copy()`, and the attributes name, digest_size and
block_size. No argument checking happens here: hashlib does it.

The engines keep their state in Python (words, the bytes short of a block, counts) and pad;
the blocks are compressed natively (`_reap_digest_blocks`) except RIPEMD-160's and SM3's,
whose loops here read each block as one int and work on words in local variables.
"""


_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


# ---------------------------------------------------------------------------------------------
# Constants: the SHA-2 and BLAKE2 initial words are the fractional parts of square roots of
# primes, computed here with integer roots.

def _first_primes(count):
    primes = []
    candidate = 2
    while len(primes) < count:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    return primes


def _isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


_PRIMES = _first_primes(16)
_IV512 = tuple(_isqrt(p << 128) & _M64 for p in _PRIMES[:8])
_IV384 = tuple(_isqrt(p << 128) & _M64 for p in _PRIMES[8:16])
_IV256 = tuple(h >> 32 for h in _IV512)
_IV224 = tuple(h & _M32 for h in _IV384)

# Bit offsets of the words of a block read as one big int.
_SHIFTS_BE32 = tuple(range(480, -1, -32))
_SHIFTS_LE32 = tuple(range(0, 512, 32))


# The block functions are native (`_reap_digest_blocks`: RustCrypto's MD5, SHA-1, SHA-2 and
# Keccak-f[1600], and BLAKE2's compression); RIPEMD-160 and SM3, rarely used, stay here.
import _reap_digest_blocks as _blocks

_md5_blocks = _blocks.md5
_sha1_blocks = _blocks.sha1
_sha256_blocks = _blocks.sha256
_sha512_blocks = _blocks.sha512
_keccak_f = _blocks.keccak_f


def _blake2_blocks(h, data, n, count, flags, spec):
    """Compresses the blocks data[:n]; `count` is the byte counter before them and `flags`
    the two finalization words (zeros except for the final block)."""
    return _blocks.blake2(spec[0] == 64, h, spec[6], data, n, count, flags[0], flags[1])


def _words_to_bytes(words, size, order):
    return b''.join([w.to_bytes(size, order) for w in words])


# ---------------------------------------------------------------------------------------------
# Compression functions. Each takes the state (a sequence of words), the data and a length n
# (a multiple of the block size) and returns the new state after the blocks data[:n].


# RIPEMD-160: message word order and rotations of the left and right lines.
_RMD_R = (tuple(range(16))
          + (7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8)
          + (3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12)
          + (1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2)
          + (4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13))
_RMD_RR = ((5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12)
           + (6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2)
           + (15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13)
           + (8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14)
           + (12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11))
_RMD_S = ((11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8)
          + (7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12)
          + (11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5)
          + (11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12)
          + (9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6))
_RMD_SR = ((8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6)
           + (9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11)
           + (9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5)
           + (15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8)
           + (8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11))
_RMD_KL = (0, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E)
_RMD_KR = (0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0)
# One tuple per round and line: (function number, constant, ((word, rotation), ...)).
_RMD_LEFT = tuple((j, _RMD_KL[j],
                   tuple(zip(_RMD_R[16 * j:16 * j + 16], _RMD_S[16 * j:16 * j + 16])))
                  for j in range(5))
_RMD_RIGHT = tuple((4 - j, _RMD_KR[j],
                    tuple(zip(_RMD_RR[16 * j:16 * j + 16], _RMD_SR[16 * j:16 * j + 16])))
                   for j in range(5))


def _rmd_line(rounds, X, a, b, c, d, e):
    M = _M32
    for fn, k, steps in rounds:
        for i, s in steps:
            if fn == 0:
                f = b ^ c ^ d
            elif fn == 1:
                f = d ^ (b & (c ^ d))
            elif fn == 2:
                f = (b | ~c) ^ d
            elif fn == 3:
                f = c ^ (d & (b ^ c))
            else:
                f = b ^ (c | ~d)
            x = (a + f + X[i] + k) & M
            a, b, c, d, e = (e, (((x << s) | (x >> (32 - s))) + e) & M, b,
                             ((c << 10) | (c >> 22)) & M, d)
    return a, b, c, d, e


def _ripemd160_blocks(state, data, n):
    M = _M32
    fb = int.from_bytes
    shifts = _SHIFTS_LE32
    h0, h1, h2, h3, h4 = state
    for off in range(0, n, 64):
        v = fb(data[off:off + 64], 'little')
        X = [(v >> s) & M for s in shifts]
        al, bl, cl, dl, el = _rmd_line(_RMD_LEFT, X, h0, h1, h2, h3, h4)
        ar, br, cr, dr, er = _rmd_line(_RMD_RIGHT, X, h0, h1, h2, h3, h4)
        h0, h1, h2, h3, h4 = ((h1 + cl + dr) & M, (h2 + dl + er) & M, (h3 + el + ar) & M,
                              (h4 + al + br) & M, (h0 + bl + cr) & M)
    return (h0, h1, h2, h3, h4)


_SM3_IV = (0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600,
           0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E)
_SM3_T = tuple(((t << (j % 32)) | (t >> (32 - j % 32))) & _M32
               for j, t in ((j, 0x79CC4519 if j < 16 else 0x7A879D8A) for j in range(64)))


def _sm3_blocks(state, data, n):
    M = _M32
    fb = int.from_bytes
    shifts = _SHIFTS_BE32
    T = _SM3_T
    V = state
    for off in range(0, n, 64):
        v = fb(data[off:off + 64], 'big')
        w = [(v >> s) & M for s in shifts]
        for j in range(16, 68):
            x = w[j - 16] ^ w[j - 9]
            y = w[j - 3]
            x ^= ((y << 15) | (y >> 17)) & M
            x ^= ((x << 15) | (x >> 17)) & M ^ ((x << 23) | (x >> 9)) & M
            y = w[j - 13]
            w.append(x ^ (((y << 7) | (y >> 25)) & M) ^ w[j - 6])
        a, b, c, d, e, f, g, h = V
        for j in range(64):
            a12 = ((a << 12) | (a >> 20)) & M
            ss1 = (a12 + e + T[j]) & M
            ss1 = ((ss1 << 7) | (ss1 >> 25)) & M
            ss2 = ss1 ^ a12
            if j < 16:
                tt1 = ((a ^ b ^ c) + d + ss2 + (w[j] ^ w[j + 4])) & M
                tt2 = ((e ^ f ^ g) + h + ss1 + w[j]) & M
            else:
                tt1 = (((a & b) | (c & (a | b))) + d + ss2 + (w[j] ^ w[j + 4])) & M
                tt2 = ((g ^ (e & (f ^ g))) + h + ss1 + w[j]) & M
            d = c
            c = ((b << 9) | (b >> 23)) & M
            b = a
            a = tt1
            h = g
            g = ((f << 19) | (f >> 13)) & M
            f = e
            e = tt2 ^ (((tt2 << 9) | (tt2 >> 23)) & M) ^ (((tt2 << 17) | (tt2 >> 15)) & M)
        V = tuple(x ^ y for x, y in zip(V, (a, b, c, d, e, f, g, h)))
    return V


# ---------------------------------------------------------------------------------------------
# Engines: plain objects holding the state of one computation. The public objects (HASH,
# blake2b, blake2s) wrap one and check the arguments.

class _MerkleDamgard:
    """MD5, SHA-1, SHA-2, RIPEMD-160 and SM3: a state of words, blocks, and the padding
    0x80 0x00... followed by the message length in bits."""

    __slots__ = ('_state', '_buf', '_count')
    # Set by each subclass:
    # name, digest_size, block_size, _iv, _compress, _order, _len_size, _word_size

    def __init__(self):
        self._state = self._iv
        self._buf = b''
        self._count = 0

    def copy(self):
        other = object.__new__(type(self))
        other._state = self._state
        other._buf = self._buf
        other._count = self._count
        return other

    def update(self, data):
        self._count += len(data)
        if self._buf:
            data = self._buf + data
        bs = self.block_size
        n = len(data) - len(data) % bs
        if n:
            self._state = self._compress(self._state, data, n)
            data = data[n:]
        self._buf = bytes(data)

    def _final_state(self):
        bs = self.block_size
        size = self._len_size
        tail = (self._buf + b'\x80' + bytes((bs - size - 1 - self._count) % bs)
                + ((self._count * 8) & ((1 << (8 * size)) - 1)).to_bytes(size, self._order))
        return self._compress(self._state, tail, len(tail))

    def digest(self):
        out = _words_to_bytes(self._final_state(), self._word_size, self._order)
        return out[:self.digest_size]


def _md_engine(name, digest_size, block_size, iv, compress, order, word_size):
    return type('_' + name.replace('-', '_'), (_MerkleDamgard,), {
        '__slots__': (), 'name': name, 'digest_size': digest_size, 'block_size': block_size,
        '_iv': tuple(iv), '_compress': staticmethod(compress), '_order': order,
        '_len_size': 2 * word_size, '_word_size': word_size})


MD5 = _md_engine('md5', 16, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476),
                 _md5_blocks, 'little', 4)
SHA1 = _md_engine('sha1', 20, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0),
                  _sha1_blocks, 'big', 4)
SHA224 = _md_engine('sha224', 28, 64, _IV224, _sha256_blocks, 'big', 4)
SHA256 = _md_engine('sha256', 32, 64, _IV256, _sha256_blocks, 'big', 4)
SHA384 = _md_engine('sha384', 48, 128, _IV384, _sha512_blocks, 'big', 8)
SHA512 = _md_engine('sha512', 64, 128, _IV512, _sha512_blocks, 'big', 8)
RIPEMD160 = _md_engine('ripemd160', 20, 64, SHA1._iv, _ripemd160_blocks, 'little', 4)
SM3 = _md_engine('sm3', 32, 64, _SM3_IV, _sm3_blocks, 'big', 4)


def _sha512t_iv(t):
    """The initial value of SHA-512/t (FIPS 180-4 5.3.6): SHA-512 of 'SHA-512/t' from a
    modified initial value."""
    gen = SHA512()
    gen._state = tuple(h ^ 0xA5A5A5A5A5A5A5A5 for h in _IV512)
    gen.update(b'SHA-512/%d' % t)
    return gen._final_state()


SHA512_224 = _md_engine('sha512_224', 28, 128, _sha512t_iv(224), _sha512_blocks, 'big', 8)
SHA512_256 = _md_engine('sha512_256', 32, 128, _sha512t_iv(256), _sha512_blocks, 'big', 8)


class MD5SHA1:
    """OpenSSL's md5-sha1: the two digests side by side (used by TLS 1.0)."""

    __slots__ = ('_md5', '_sha1')
    name = 'md5-sha1'
    digest_size = 36
    block_size = 64

    def __init__(self):
        self._md5 = MD5()
        self._sha1 = SHA1()

    def copy(self):
        other = object.__new__(MD5SHA1)
        other._md5 = self._md5.copy()
        other._sha1 = self._sha1.copy()
        return other

    def update(self, data):
        self._md5.update(data)
        self._sha1.update(data)

    def digest(self):
        return self._md5.digest() + self._sha1.digest()


# Keccak-f[1600] (SHA-3 and SHAKE). Lanes are numbered x + 5 * y.


class _Keccak:
    """The sponge: `rate` bytes absorbed per permutation, `suffix` the domain bits of the
    padding (0x06 for SHA-3, 0x1F for SHAKE)."""

    __slots__ = ('_lanes', '_buf')
    # Set by each subclass: name, digest_size, block_size (the rate), _suffix

    def __init__(self):
        self._lanes = [0] * 25
        self._buf = b''

    def copy(self):
        other = object.__new__(type(self))
        other._lanes = self._lanes[:]
        other._buf = self._buf
        return other

    def _absorb(self, data, n):
        self._lanes = _blocks.keccak_absorb(self._lanes, data, n, self.block_size)

    def update(self, data):
        if self._buf:
            data = self._buf + data
        rate = self.block_size
        n = len(data) - len(data) % rate
        if n:
            self._absorb(data, n)
            data = data[n:]
        self._buf = bytes(data)

    def _squeeze(self, length):
        rate = self.block_size
        final = self.copy()
        pad = bytearray(rate - len(self._buf))
        pad[0] = self._suffix
        pad[-1] |= 0x80
        final._absorb(self._buf + pad, rate)
        lanes = final._lanes
        out = []
        size = 0
        while True:
            out.append(_words_to_bytes(lanes[:rate // 8], 8, 'little'))
            size += rate
            if size >= length:
                break
            lanes = _keccak_f(lanes)
        return b''.join(out)[:length]

    def digest(self, length=None):
        return self._squeeze(self.digest_size if length is None else length)


def _keccak_engine(name, rate, digest_size, suffix):
    return type('_' + name, (_Keccak,), {'__slots__': (), 'name': name, 'block_size': rate,
                                         'digest_size': digest_size, '_suffix': suffix})


SHA3_224 = _keccak_engine('sha3_224', 144, 28, 0x06)
SHA3_256 = _keccak_engine('sha3_256', 136, 32, 0x06)
SHA3_384 = _keccak_engine('sha3_384', 104, 48, 0x06)
SHA3_512 = _keccak_engine('sha3_512', 72, 64, 0x06)
SHAKE_128 = _keccak_engine('shake_128', 168, 0, 0x1F)
SHAKE_256 = _keccak_engine('shake_256', 136, 0, 0x1F)


# BLAKE2 (RFC 7693). One compression function serves both widths.


# (word bits, rounds, rotations, initial value)
_BLAKE2B_SPEC = (64, 12, 32, 24, 16, 63, _IV512)
_BLAKE2S_SPEC = (32, 10, 16, 12, 8, 7, _IV256)


class _Blake2:
    """A BLAKE2 computation. The last block is kept back until digest() because it is
    compressed with the finalization flags."""

    __slots__ = ('_h', '_buf', '_count', '_last_node', 'digest_size')
    # Set by each subclass: name, block_size, _spec

    def __init__(self, params, key, digest_size, last_node):
        words = _words_from_le(params, self._spec[0] // 8)
        self._h = tuple(a ^ b for a, b in zip(self._spec[6], words))
        self._buf = key.ljust(self.block_size, b'\0') if key else b''
        self._count = 0
        self._last_node = last_node
        self.digest_size = digest_size

    def copy(self):
        other = object.__new__(type(self))
        other._h = self._h
        other._buf = self._buf
        other._count = self._count
        other._last_node = self._last_node
        other.digest_size = self.digest_size
        return other

    def update(self, data):
        if self._buf:
            data = self._buf + data
        bs = self.block_size
        if len(data) > bs:
            n = (len(data) - 1) // bs * bs
            self._h, self._count = _blake2_blocks(self._h, data, n, self._count, (0, 0),
                                                  self._spec)
            data = data[n:]
        self._buf = bytes(data)

    def digest(self):
        bits = self._spec[0]
        M = (1 << bits) - 1
        bs = self.block_size
        # The counter of the final block counts the message bytes in it, not its padding.
        h, _ = _blake2_blocks(self._h, self._buf.ljust(bs, b'\0'), bs,
                              self._count + len(self._buf) - bs,
                              (M, M if self._last_node else 0), self._spec)
        return _words_to_bytes(h, bits // 8, 'little')[:self.digest_size]


def _words_from_le(data, size):
    return [int.from_bytes(data[i:i + size], 'little') for i in range(0, len(data), size)]


class BLAKE2B(_Blake2):
    __slots__ = ()
    name = 'blake2b'
    block_size = 128
    _spec = _BLAKE2B_SPEC


class BLAKE2S(_Blake2):
    __slots__ = ()
    name = 'blake2s'
    block_size = 64
    _spec = _BLAKE2S_SPEC
