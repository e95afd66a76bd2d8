# A frame kept alive by a traceback keeps its locals alive until the "as" name is cleared.
class Local:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fail():
    x = Local("x in failing frame")
    raise ValueError("oops")


try:
    fail()
except ValueError as e:
    print("in handler:", e)
print("after handler")

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("handler left, exception saved")
saved = None
print("end")
