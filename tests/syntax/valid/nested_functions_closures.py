# nested functions and closures
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
