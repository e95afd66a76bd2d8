# A module that imports a name from a module still running its own code (a circular import)
# is told so, as CPython's import system says it.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, "loop_a.py"), "w") as f:
    f.write("import loop_b\nX = 1\n")
with open(os.path.join(d, "loop_b.py"), "w") as f:
    f.write("from loop_a import X\n")
with open(os.path.join(d, "done_c.py"), "w") as f:
    f.write("Y = 2\n")
sys.path.insert(0, d)
try:
    import loop_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(d, "DIR"))
    print(e.name)

# Once a module has finished running, a missing name is only missing.
import done_c
print(done_c.__spec__._initializing)
try:
    from done_c import Z
except ImportError as e:
    print(str(e).replace(d, "DIR"))
