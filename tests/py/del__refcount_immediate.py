# __del__ runs as soon as the last reference goes away, before the next statement.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
b = a
print("statement: del a")
del a
print("a gone, b still holds it")
del b
print("after del b")

c = Noisy("c")
print("statement: c = Noisy(\"c2\")")
c = Noisy("c2")
print("after rebinding")
c = None
print("after c = None")
Noisy("temp")
print("after temporary")
