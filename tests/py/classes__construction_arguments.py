# How calling a class passes its arguments, and what changes when the class does.


class Plain:
    pass


print(type(Plain()).__name__)
for args in [(1,), (), ((),)]:
    try:
        Plain(*args)
        print("ok", args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Plain(x=1)
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)


WithNew(1, 2)


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y


for i in range(3):
    p = Point(i)
    print(p.x, p.y)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)


# Changing __init__ after instances were made is seen by the next call.
def new_init(self, x, y=0):
    self.x, self.y = -x, -y


Point.__init__ = new_init
print(Point(5).x)
del Point.__init__
try:
    Point(5)
except TypeError as e:
    print("TypeError:", e)
print(vars(Point()))


# A subclass made after its base was called, and a base's __init__ replaced later.
class Base:
    def __init__(self):
        self.tag = "base"


class Child(Base):
    pass


print(Child().tag, Base().tag)
Base.__init__ = lambda self: setattr(self, "tag", "replaced")
print(Child().tag, Base().tag)


# __init__ must return None.
class Bad:
    def __init__(self):
        return 1


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)


# Not an instance of the class: __init__ is not called.
class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Other(), Other())
