# io.TextIOWrapper over any binary stream: a character split between two reads of the buffer
# is decoded whole, and tell() counts the bytes of translated line endings, so seek(tell())
# goes on where reading stopped.
import io


class OneByte(io.BytesIO):
    def read1(self, n=-1):
        return super().read1(1)


t = io.TextIOWrapper(OneByte("héllo\nwörld €\n".encode()), encoding="utf-8")
print(t.readlines())
t = io.TextIOWrapper(OneByte("héllo\n".encode()), encoding="utf-8")
print(repr(t.readline()), repr(t.read()))
t = io.TextIOWrapper(OneByte("ab☃".encode("utf-16")), encoding="utf-16")
print(repr(t.read()))

t = io.TextIOWrapper(io.BytesIO(b"ab\r\n" * 100), encoding="utf-8")
print(repr(t.read(3)), t.tell())
t.seek(t.tell())
print(repr(t.read(4)), t.tell())
t.seek(0)
lines = []
while True:
    pos = t.tell()
    line = t.readline()
    if not line:
        break
    lines.append((pos, line))
print(len(lines), lines[:3], lines[-1])
t.seek(lines[50][0])
print(repr(t.readline()))
t = io.TextIOWrapper(io.BytesIO("x\r\ny\rz\n".encode("utf-16-le")), encoding="utf-16-le")
print(repr(t.readline()), t.tell(), repr(t.readline()), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO("é\r\n".encode() * 3), encoding="utf-8", newline="")
print(repr(t.readline()), t.tell())
