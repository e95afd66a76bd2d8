# send() passes values into a running generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + repr(received)

e = echo()
print(e.send(None))
print(e.send(1))
print(e.send("x"))
try:
    echo().send(5)
except TypeError as err:
    print("TypeError:", err)
