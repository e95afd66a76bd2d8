# re.Scanner with groups inside its phrases picks each phrase's action by the phrase that
# matched; struct.pack_into writes through a writable memoryview.
import re
import struct

scanner = re.Scanner([
    (r"([0-9])+", lambda s, t: ("NUM", int(t))),
    (r"([a-z]+)(-[a-z]+)?", lambda s, t: ("WORD", t)),
    (r"\s+", None),
    (r"[=+]", lambda s, t: ("OP", t)),
])
print(scanner.scan("x = 12 + ab-cd 7 ?rest"))
print(re.Scanner([(r"(a)(b)?", lambda s, t: t), (r"c", lambda s, t: t.upper())]).scan("abacc"))

mv = memoryview(bytearray(8))
struct.pack_into('<II', mv, 0, 1, 2)
print(bytes(mv))
part = memoryview(bytearray(10))[2:8]
struct.pack_into('>H', part, 1, 0xABCD)
print(bytes(part.obj), bytes(part))
try:
    struct.pack_into('<I', memoryview(b"abcd"), 0, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    struct.pack_into('<Q', mv, 4, 1)
except struct.error as e:
    print(e)
s = struct.Struct('<hh')
s.pack_into(mv, 4, -1, 2)
print(mv.tobytes())
