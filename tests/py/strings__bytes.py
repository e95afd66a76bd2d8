# bytes and bytearray basics.
b = b"hello"
print(b, b[0], b[1:3], len(b))
print(list(b"abc"))
print(b + b" world", b * 2)
print(b.upper(), b.replace(b"l", b"L"))
print(b"\x00\xff", bytes([65, 66, 67]), bytes(3))
print(b.hex(), bytes.fromhex("414243"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, len(ba))
print(b"a" in b"abc", 98 in b"abc")
print(b.decode(), "text".encode())
print(b"x,y".split(b","))
print(repr(b"it's"), repr(b'"'))
