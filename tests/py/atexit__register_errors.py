# atexit.register rejects non-callables and missing arguments.
import atexit

for args in ((), (42,), ("name",)):
    try:
        atexit.register(*args)
    except TypeError as e:
        print("TypeError:", e)
print("unregister non-callable is fine:", atexit.unregister(42))
print("end of script")
