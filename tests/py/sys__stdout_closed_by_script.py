# sys.stdout closed by the script (close() or leaving 'with sys.stdout'): writes, flush and
# print raise ValueError, and the uncaught error still reaches stderr.
import sys
print(sys.stdout.closed)
with open("/dev/null", "w") as f:
    pass
sys.stderr.write("err ok\n")
with sys.stdout as s:
    print("inside", s is sys.stdout)
print(sys.stdout.closed, file=sys.stderr)
try:
    sys.stdout.flush()
except ValueError as e:
    print("flush:", e, file=sys.stderr)
print("after with")
