# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False

with Suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("after first")
with Suppress(KeyError, IndexError) as value:
    [][1]
print("value bound to", value)
try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("escaped:", e)

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "non-empty string is truthy"

with Truthy():
    raise RuntimeError("hidden")
print("suppressed by truthy value")
