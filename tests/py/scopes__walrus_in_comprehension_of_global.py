# A walrus in a comprehension binds in the enclosing function, and a global there stays global.
g = 0
def f():
    global g
    [g := x for x in range(5)]
    return g
print(f(), g)
class C:
    def m(self):
        global h
        return [h := y * 2 for y in range(3)], h
print(C().m(), h)
def gen():
    global k
    yield from (k := i for i in range(3))
print(list(gen()), k)
def outer():
    z = 0
    def inner():
        nonlocal z
        [z := i for i in range(4)]
    inner()
    return z
print(outer())
