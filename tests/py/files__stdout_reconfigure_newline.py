# sys.stdout.reconfigure(newline=...) writes line endings as it says (None and a newline as they
# are), write_through is kept; a bad newline is a ValueError.
import sys
print(sys.stdout.write_through, sys.stdout.line_buffering)
sys.stdout.reconfigure(newline="\r\n", write_through=True)
print("x", sys.stdout.write_through)
sys.stdout.reconfigure(newline=None)
print("y")
try:
    sys.stdout.reconfigure(newline="z")
except ValueError as e:
    print(type(e).__name__, e)
sys.stdout.reconfigure(newline="\r")
print("a\nb")
sys.stdout.flush()
sys.stdout.buffer.write(b"[raw]\n")
