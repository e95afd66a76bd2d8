# global and nonlocal declarations
counter = 0

def inc():
    global counter
    counter += 1

def outer():
    x = 1
    y = 2
    def inner():
        nonlocal x, y
        x = 3
        y = 4
    inner()
    return x

def g():
    global a, b, c
    a = b = c = 0
