# global and nonlocal declarations.
counter = 0

def bump():
    global counter
    counter += 1

bump()
bump()
print(counter)

def set_new_global():
    global created
    created = "made inside"

set_new_global()
print(created)

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
    inner()
    inner()
    return x

print(outer())
y = "global y"

def shadow():
    y = "local y"
    return y

print(shadow(), y)

def read_global():
    return counter * 100

print(read_global())
