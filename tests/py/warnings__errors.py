# Wrong arguments and broken filter lists give CPython's errors.
import warnings

for args in [("x", "notcat"), ("x", int), ("x", ValueError)]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print(type(e).__name__, e)

for call in [lambda: warnings.simplefilter("loud"),
             lambda: warnings.filterwarnings("ignore", message=5),
             lambda: warnings.filterwarnings("ignore", category=5),
             lambda: warnings.filterwarnings("ignore", category=ValueError),
             lambda: warnings.filterwarnings("ignore", module=None),
             lambda: warnings.filterwarnings("ignore", lineno=-1),
             lambda: warnings.simplefilter("ignore", lineno="1")]:
    try:
        call()
    except AssertionError as e:
        print(type(e).__name__, e)

try:
    warnings.warn_explicit("x", UserWarning, "f.py", "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 2, registry=[])
except TypeError as e:
    print(type(e).__name__, e)

saved = warnings.filters[:]
warnings.filters.insert(0, "not a tuple")
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 2)
except ValueError as e:
    print(type(e).__name__, e)
warnings.filters[0] = (1, None, Warning, None, 0)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 2)
except TypeError as e:
    print(type(e).__name__, e)
warnings.filters[:] = []
warnings.defaultaction = 5
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 2)
except TypeError as e:
    print(type(e).__name__, e)
warnings.defaultaction = "default"
warnings.filters[:] = saved

# Non-str messages become the warning's argument.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit(123, UserWarning, "f.py", 2)
    warnings.warn_explicit("m", UserWarning, "pkg/mod.py", 2, module=None)
print([(repr(w.message), w.filename) for w in log])
print(warnings.__all__)
