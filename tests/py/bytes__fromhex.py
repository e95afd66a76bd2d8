# bytes.fromhex and bytearray.fromhex read pairs of hex digits with ASCII whitespace only
# between pairs, and name the position of the first character that does not fit.
for s in ['0 0', '0', ' 0a', '0a ', '0a  0b', 'zz', '0\t0a', '0a\x0c0b', '1\x0c2', 'a', '0ag', 'é0', '0a\u30000b', 'DEADbeef', '']:
    for f in (bytes.fromhex, bytearray.fromhex):
        try: print(repr(s), f(s))
        except ValueError as e: print(repr(s), e)
for bad in (b'0a', 5, None):
    try: bytes.fromhex(bad)
    except TypeError as e: print(e)
