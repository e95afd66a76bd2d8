# print writes each piece through a file object's own write; object's repr.
class Recorder:
    def __init__(self): self.calls = []
    def write(self, s): self.calls.append(s)
    def flush(self): self.calls.append('<flush>')
w = Recorder()
print("a", "b", file=w)
print(1, 2, 3, sep='-', end='!\n', file=w, flush=True)
print(file=w)
print(w.calls)
print(repr(object())[:15], str(object())[:15])
import io
buf = io.StringIO(); print('x', 'y', file=buf); print(repr(buf.getvalue()))
