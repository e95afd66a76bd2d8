# catch_warnings: record=True, restoring filters and hooks, nesting, action=, misuse.
import sys
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("first", UserWarning, "job.py", 10)
    warnings.warn_explicit("second", RuntimeWarning, "job.py", 20, module="job")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.warn_explicit("inner one", UserWarning, "job.py", 30)
        warnings.warn_explicit("dropped", RuntimeWarning, "job.py", 31)
    warnings.warn_explicit("third", UserWarning, "job.py", 40)
print(warnings.filters == before)
print([(w.message.args[0], w.category.__name__, w.filename, w.lineno) for w in log])
print([str(w.message) for w in inner])
w = log[0]
print(str(w))
print(w.file, w.line, w.source, w._category_name)
print(warnings.WarningMessage("m", UserWarning, "f.py", 3, line="x()"))
print(warnings.WarningMessage("m", None, "f.py", 3))

print("--- without record: hooks are restored, nothing is returned")
def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message)
warnings.showwarning = my_show
with warnings.catch_warnings() as nothing:
    print(nothing)
    warnings.simplefilter("always")
    warnings.warn_explicit("inside", UserWarning, "a.py", 1)
print(warnings.showwarning is my_show)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("recorded, not shown", UserWarning, "a.py", 2)
    print(warnings.showwarning is my_show)
print(len(log), warnings.showwarning is my_show)
warnings.showwarning = warnings._showwarning_orig

print("--- action= (3.11)")
with warnings.catch_warnings(record=True, action="error", category=RuntimeWarning) as log:
    print(warnings.filters[0][:3])
    try:
        warnings.warn_explicit("strict", RuntimeWarning, "a.py", 3)
    except RuntimeWarning as e:
        print("raised", e)
print(warnings.filters == before)

print("--- misuse")
cm = warnings.catch_warnings(record=True)
print(repr(cm), repr(warnings.catch_warnings()))
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
cm.__enter__()
try:
    cm.__enter__()
except RuntimeError as e:
    print(type(e).__name__, e)
cm.__exit__(None, None, None)
print(warnings.filters == before)
