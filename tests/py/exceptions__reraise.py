# Re-raising with a bare raise keeps the original exception.
def process(x):
    try:
        return 100 // x
    except ZeroDivisionError:
        print("logging the error")
        raise

try:
    process(0)
except ZeroDivisionError as e:
    print("re-raised:", repr(e))

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        err = e
    raise err

try:
    convert("x")
except ValueError as e:
    print("raised later:", e)
try:
    raise
except RuntimeError as e:
    print("bare raise with nothing active:", e)
