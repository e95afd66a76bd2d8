# The standard streams have binary buffers under them, and writelines; writing to stdin or
# reading from stdout is io.UnsupportedOperation. (Text is flushed before bytes are written
# beneath it, as CPython's text layer buffers apart from its binary one.)
import io
import sys

print('text first', flush=True)
sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.flush()
sys.stdout.writelines(['a\n', 'b\n'])
sys.stdout.flush()
sys.stdout.buffer.writelines([b'c\n', bytearray(b'd\n')])
sys.stdout.buffer.flush()
print(sys.stderr.errors, sys.stdout.encoding)
print(sys.stdin.buffer, sys.stderr.buffer.fileno(), sys.stdout.buffer.mode, sys.stdin.buffer.mode)
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stdout.buffer.seekable())
try:
    sys.stdout.buffer.write('text')
except TypeError as e:
    print(e)
for call in (lambda: sys.stdin.write('x'), lambda: sys.stdin.buffer.write(b'x'), lambda: sys.stdout.read()):
    try:
        call()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
print(sys.stdin.buffer.read())
sys.stderr.buffer.write(b'to stderr\n')
sys.stdout.flush()
