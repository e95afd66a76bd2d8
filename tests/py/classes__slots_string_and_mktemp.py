# __slots__ given as one str names one slot; tempfile.mktemp names a file that does not exist.
import os, tempfile
class S:
    __slots__ = "value"
s = S(); s.value = 1
print(s.value, S.__slots__, hasattr(s, '__dict__'))
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError:", e)
class T:
    __slots__ = ("a", "b")
t = T(); t.a, t.b = 1, 2
print(t.a + t.b)
p = tempfile.mktemp(suffix='.txt', dir=tempfile.gettempdir())
print(os.path.exists(p), p.endswith('.txt'), os.path.basename(p).startswith('tmp'), len(os.path.basename(p)))
