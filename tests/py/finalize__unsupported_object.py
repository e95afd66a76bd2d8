# weakref.finalize on an object that cannot be weakly referenced raises TypeError.
import weakref

for value in (42, "s", [1], None):
    try:
        weakref.finalize(value, print, "never")
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.finalize()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.finalize(print)
except TypeError as e:
    print("TypeError:", e)
print("end")
