# hashlib: known answers for every algorithm, on inputs around the block sizes (64, 72, 104,
# 128, 136, 144, 168 bytes), fed at once and in pieces.
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512_224', 'sha512_256',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
         'blake2b', 'blake2s', 'ripemd160', 'sm3', 'md5-sha1']


def data(n):
    return bytes((i * 7 + 3) & 0xFF for i in range(n))


def hexdigest(h):
    return h.hexdigest(24) if h.name.startswith('shake') else h.hexdigest()


lengths = [0, 1, 3, 55, 56, 63, 64, 65, 71, 72, 103, 104, 111, 112, 127, 128, 129,
           135, 136, 143, 144, 167, 168, 169, 300]
for name in names:
    print('==', name)
    for n in lengths:
        msg = data(n)
        whole = hexdigest(hashlib.new(name, msg))
        pieces = hashlib.new(name)
        for i in range(0, n, 37):
            pieces.update(msg[i:i + 37])
        print(n, whole, 'same in pieces' if hexdigest(pieces) == whole else 'DIFFERS in pieces')

# The classic test vectors.
print(hashlib.md5(b'').hexdigest())
print(hashlib.sha1(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
print(hashlib.sha256(b'a' * 1000).hexdigest())
print(hashlib.sha512(b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn'
                     b'hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu').hexdigest())
print(hashlib.sha3_256(b'').hexdigest())
print(hashlib.shake_128(b'').hexdigest(32))
print(hashlib.shake_256(b'').hexdigest(64))
print(hashlib.blake2b(b'').hexdigest())
print(hashlib.blake2s(b'abc').hexdigest())
print(hashlib.new('ripemd160', b'message digest').hexdigest())
