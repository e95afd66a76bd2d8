# Every algorithm hashlib offers, on messages at and around its block size (where padding
# spills into a second block), fed at once and piece by piece, copied part-way; BLAKE2 with keys,
# salts and tree parameters. The blocks are compressed natively: this pins them to CPython.
import hashlib
msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'x' * 111, b'x' * 112, b'x' * 127, b'x' * 128, b'x' * 129, bytes(range(256)) * 9]
for name in sorted(hashlib.algorithms_available):
    for m in msgs:
        h = hashlib.new(name, m)
        d = h.hexdigest(20) if name.startswith('shake') else h.hexdigest()
        print(name, len(m), d)
    h = hashlib.new(name)
    for m in msgs:
        h.update(m)
    c = h.copy(); c.update(b'more')
    print(name, 'inc', h.hexdigest(300) if name.startswith('shake') else h.hexdigest(), c.hexdigest(7) if name.startswith('shake') else c.hexdigest())
for kw in [dict(key=b'k'), dict(digest_size=20), dict(salt=b's', person=b'p'), dict(last_node=True, node_depth=1, fanout=2, inner_size=3, node_offset=5)]:
    print(hashlib.blake2b(b'abc' * 100, **kw).hexdigest(), hashlib.blake2s(b'abc' * 100, **{k: (v[:8] if isinstance(v, bytes) else v) for k, v in kw.items()}).hexdigest())
