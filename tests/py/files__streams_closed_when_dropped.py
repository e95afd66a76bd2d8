# Streams still open when dropped are closed as CPython's IOBase finalizer closes them: a
# subclass's close() runs, a BufferedWriter's data reaches the file, temporary files at exit
# go quietly.
import io
class Stream(io.RawIOBase):
    def close(self):
        print("Stream.close called")
        super().close()
s = Stream()
del s
class Buf(io.StringIO):
    def close(self):
        print("Buf.close", repr(self.getvalue()))
        super().close()
b = Buf(); b.write("abc")
del b
keep = Stream()
import io
p = "/tmp/reap_test_buffered_drop.txt"
bw = io.BufferedWriter(io.FileIO(p, "w"))
bw.write(b"data")
del bw
print(repr(open(p).read()))
import os
os.remove(p)
import tempfile
ntf = tempfile.NamedTemporaryFile(prefix="h25min")
tf = tempfile.TemporaryFile()
print("ok")
