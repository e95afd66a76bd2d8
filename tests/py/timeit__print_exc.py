# Timer.print_exc shows the lines of the generated function in the traceback.
import io
import sys
import timeit

t = timeit.Timer("x = 1\nraise ValueError('in stmt')", setup="y = 2")
try:
    t.timeit(number=3)
except ValueError:
    t.print_exc(file=sys.stdout)

t = timeit.Timer("pass", setup="y = 2\nraise KeyError('in setup')")
try:
    t.repeat(repeat=2, number=1)
except KeyError:
    buf = io.StringIO()
    t.print_exc(buf)
    print(buf.getvalue(), end="")

def failing():
    raise RuntimeError("from a callable")
t = timeit.Timer(failing)
try:
    t.timeit(1)
except RuntimeError:
    t.print_exc(file=sys.stdout)

# Without a file it goes to stderr
t = timeit.Timer("raise TypeError('to stderr')")
try:
    t.timeit(1)
except TypeError:
    t.print_exc()
