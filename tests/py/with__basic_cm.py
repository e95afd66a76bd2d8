# Context managers with __enter__ and __exit__.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("<%s>" % self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("</%s>" % self.name, exc_type.__name__ if exc_type else None)
        return False

with Tag("html") as t:
    print("inside", t.name)
    with Tag("body"):
        print("content")

with Tag("a"), Tag("b") as b:
    print("two managers, b is", b.name)

try:
    with Tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

def early():
    with Tag("fn"):
        return "returned"

print(early())
for i in range(2):
    with Tag("loop%d" % i):
        if i == 0:
            continue
        print("after continue")
