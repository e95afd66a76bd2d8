# The command line entry point, main(), with a timer that returns exact times.
import io
import sys
import timeit
import contextlib

def fake_timer_factory(seconds_per_increment=1.0):
    def wrap(timer):
        state = {"now": 0.0}
        def fake():
            state["now"] += seconds_per_increment
            return state["now"]
        return fake
    return wrap

def run(args, increment=1.0):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = timeit.main(args, _wrap_timer=fake_timer_factory(increment))
    print(args, "->", status)
    print(out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")

run(["-n", "100", "pass"])
run(["--number=100", "--repeat=3", "pass"])
run(["-n", "1", "-r", "1", "x = 1"])
run(["-n", "35", "-s", "import math", "math.sqrt(2)"])
run(["-n", "10", "-u", "sec", "pass"])
run(["-n", "10", "-u", "msec", "pass"])
run(["-n", "10", "-u", "usec", "pass"])
run(["-n", "10", "-u", "nsec", "pass"])
run(["-n", "10", "-u", "parsec", "pass"])
run(["-n", "100000", "pass"])
run(["-n", "10", "pass"], 0.000002)
run(["-n", "10", "-v", "pass"])
run(["-n", "10", "-vv", "pass"])
run(["-r", "2", "pass"])
run(["-r", "2", "-v", "pass"], 0.3)
run(["-r", "2", "-vvv", "pass"], 0.2345678)
run(["-r", "0", "-n", "3", "pass"])
run(["-n", "2", "-s", "a = 1", "-s", "b = 2", "c = a + b", "d = c"])
run(["-x"])
run(["--bogus"])
run(["-n"])
run(["-n", "2", "--", "-1"])
run(["-n", "1", "-c", "-t", "pass"])

# Wildly varying measurements draw a warning
def growing(timer):
    state = {"now": 0.0, "step": 0.001}
    def fake():
        state["now"] += state["step"]
        state["step"] *= 3
        return state["now"]
    return fake
out, err = io.StringIO(), io.StringIO()
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("always")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = timeit.main(["-n", "10", "-r", "4", "pass"], _wrap_timer=growing)
print(status, out.getvalue(), err.getvalue())

# An exception while timing: traceback to stderr, status 1
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    status = timeit.main(["-n", "1", "raise KeyError('boom')"])
print(status, repr(out.getvalue()), err.getvalue().splitlines()[-1])
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    status = timeit.main(["raise KeyError('auto')"])
print(status, err.getvalue().splitlines()[-1])
