# contextlib: contextmanager, suppress, closing.
from contextlib import contextmanager, suppress, closing

@contextmanager
def tag(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

with tag("div") as t:
    print("body", t)
try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
with suppress(KeyError, ZeroDivisionError):
    {}["x"]
print("suppressed KeyError")

class Resource:
    def close(self):
        print("Resource.close called")

with closing(Resource()) as r:
    print("using", type(r).__name__)

@contextmanager
def swallow():
    try:
        yield
    except RuntimeError as e:
        print("swallowed", e)

with swallow():
    raise RuntimeError("gone")
print("after swallow")
