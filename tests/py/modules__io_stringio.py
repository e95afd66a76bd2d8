# io.StringIO and io.BytesIO as in-memory files.
import io
import sys

buf = io.StringIO()
buf.write("hello ")
print("world", file=buf)
print(repr(buf.getvalue()))
src = io.StringIO("line1\nline2\nline3\n")
print(src.readline(), end="")
print([l.strip() for l in src])
b = io.BytesIO()
b.write(b"\x01\x02")
b.write(b"abc")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(1))
old = sys.stdout
sys.stdout = captured = io.StringIO()
print("captured text")
sys.stdout = old
print("got:", repr(captured.getvalue()))
