# close() raises GeneratorExit inside the generator.
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally in generator")

c = catches_exit()
next(c)
c.close()
c.close()  # a second close is a no-op
fresh = catches_exit()
fresh.close()
print("closing an unstarted generator runs nothing")

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

g = returns_on_exit()
next(g)
print(g.close())
