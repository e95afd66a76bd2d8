# throw() raises an exception at the paused yield.
def worker():
    try:
        while True:
            try:
                x = yield
                print("working on", x)
            except ValueError as e:
                print("handled inside:", e)
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed")

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(u, "exhausted"))

def recovers():
    try:
        yield "first"
    except RuntimeError:
        yield "recovered"

r = recovers()
print(next(r), r.throw(RuntimeError))
