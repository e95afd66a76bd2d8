# Edge cases of timeit: multi-line code, the generated source, gc, errors and messages.
import gc
import timeit

class Tick:
    def __init__(self):
        self.now = 0.0
    def __call__(self):
        self.now += 1.0
        return self.now

# Multi-line statements and setups keep their structure
out = {}
t = timeit.Timer("for i in range(3):\n    acc.append(i)\nout['acc'] = acc",
                 setup="acc = []\nif True:\n    acc.append('s')",
                 timer=Tick(), globals={"out": out})
print(t.timeit(number=2), out["acc"])
print(t.src)
t = timeit.Timer(lambda: None, setup=lambda: None, timer=Tick())
print(t.src)
print(timeit.Timer().src)

# The code runs in timeit's own namespace unless globals is given
print(timeit.timeit("itertools", number=1, timer=Tick()))
try:
    timeit.timeit("undefined_name_here", number=1)
except NameError as e:
    print("NameError", e)
try:
    timeit.timeit("x", globals={"y": 1}, number=1)
except NameError as e:
    print("NameError", e)
print(timeit.timeit("x", globals={"x": 1}, number=1, timer=Tick()))

# The collector is off while timing and restored afterwards
states = []
timeit.timeit(lambda: states.append(gc.isenabled()), number=2)
print(states, gc.isenabled())
gc.disable()
timeit.timeit("pass", number=1)
print(gc.isenabled())
gc.enable()
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError:
    print("ZeroDivisionError", gc.isenabled())

# number=0 runs nothing
ran = []
print(timeit.timeit(lambda: ran.append(1), number=0, timer=Tick()), ran)
print(timeit.repeat("pass", repeat=0, timer=Tick()))

# Bad arguments
for stmt, setup in [(None, "pass"), ("pass", None), (1, "pass"), ("pass", 2.5)]:
    try:
        timeit.Timer(stmt, setup)
    except ValueError as e:
        print("ValueError", e)
for stmt, setup in [("return 1", "pass"), ("pass", "return 1"), ("yield 5", "pass"),
                    ("x = (", "pass"), ("pass", "def f(:"), ("break", "pass"),
                    ("  x = 1", "pass"), ("pass", "  x = 1")]:
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
# Statements that only make sense inside the generated function are rejected
try:
    timeit.Timer("x = 1", setup="return")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    timeit.timeit("pass", number="3")
except TypeError as e:
    print("TypeError", e)
try:
    timeit.Timer("pass").timeit(-1)
except ValueError as e:
    print("ValueError", e)
try:
    timeit.timeit("pass", timer=None, number=1)
except TypeError as e:
    print("TypeError", e)
print(timeit.timeit(stmt="pass", setup="pass", timer=Tick(), number=5, globals=None))
