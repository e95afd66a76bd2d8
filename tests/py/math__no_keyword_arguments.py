# The functions of math and time take their arguments by position; a keyword is a TypeError
# naming the function as CPython does (math.log's old-style check names it bare).
import math
import time

calls = [
    ("log", lambda: math.log(100, base=10)),
    ("sqrt", lambda: math.sqrt(x=4)),
    ("gcd", lambda: math.gcd(a=12, b=18)),
    ("floor", lambda: math.floor(2.5, ndigits=1)),
    ("hypot", lambda: math.hypot(3, y=4)),
    ("isclose", lambda: math.isclose(1.0, 1.0 + 1e-10, rel_tol=1e-9)),
    ("prod", lambda: math.prod([2, 3], start=10)),
    ("time", lambda: type(time.time(bogus=1)).__name__),
    ("sleep", lambda: time.sleep(secs=0)),
    ("perf_counter", lambda: time.perf_counter(x=1)),
    ("len", lambda: len(obj=[])),
]
for name, call in calls:
    try:
        print(name, call())
    except TypeError as e:
        print(name, "TypeError:", e)
