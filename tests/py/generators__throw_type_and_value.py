# gen.throw(type, value) builds the exception as CPython normalises it: the value is the
# argument (a tuple spread into several), unless it already is an instance of the type.
def g():
    while True:
        try:
            yield
        except BaseException as e:
            print(type(e).__name__, e.args)


it = g()
next(it)
it.throw(ValueError, "boom")
it.throw(ValueError, ("a", 1))
it.throw(ValueError, None)
it.throw(KeyError, KeyError(3))
it.throw(LookupError, KeyError(4))
it.throw(ValueError, 5)
it.throw(ValueError("x"))
it.throw(ValueError)
for args in [(ValueError(1), 2), (3,), (ValueError, 1, 5), (int, 1)]:
    try:
        it.throw(*args)
    except TypeError as e:
        print("TypeError", e)


def worker():
    try:
        yield "started"
    except ConnectionError as e:
        yield f"recovered from {e!r}"


w = worker()
print(next(w))
print(w.throw(ConnectionError, "reset by peer"))
