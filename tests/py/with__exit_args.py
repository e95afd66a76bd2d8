# What __exit__ receives, and exceptions raised from __exit__.
class Inspect:
    def __enter__(self):
        return "entered value"

    def __exit__(self, exc_type, exc, tb):
        print("type:", exc_type)
        print("value:", repr(exc))
        print("tb is None:", tb is None)
        return True

with Inspect() as v:
    print(v)
with Inspect():
    raise KeyError("k")

class Replace:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("from exit")

try:
    with Replace():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit not called")

try:
    with BadEnter():
        print("body not run")
except OSError as e:
    print("OSError:", e)
