# super() in __init__ and in other methods.
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x

    def describe(self):
        return "Base(x=%r)" % self.x

class Child(Base):
    def __init__(self, x, y):
        print("Child.__init__", x, y)
        super().__init__(x)
        self.y = y

    def describe(self):
        return "Child[" + super().describe() + ", y=%r]" % self.y

c = Child(1, 2)
print(c.describe())

class GrandChild(Child):
    def __init__(self):
        super(GrandChild, self).__init__("g", "h")

    def describe(self):
        return "GC<" + super().describe() + ">"

print(GrandChild().describe())
