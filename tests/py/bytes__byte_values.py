# A byte given as an int: bytearray.append takes what has __index__ and refuses other objects
# with TypeError, and `in` on bytes refuses an int outside range(0, 256).
b = bytearray(b'ab')
for f in (lambda: b.append(b'a'), lambda: b.append(256), lambda: b.append(-1), lambda: b.append(1.5), lambda: -1 in b'ab', lambda: 256 in bytearray(b'a'), lambda: 97 in b'a', lambda: True in b'\x01'):
    try: print(f())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
b.append(True); print(b)
