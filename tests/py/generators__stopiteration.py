# StopIteration carries the generator's return value.
def gen():
    yield "a"
    return "the value"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))
print(next(g, "default"))

def leaks():
    yield 1
    raise StopIteration("inside")

try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def empty():
    return
    yield

print(list(empty()))
