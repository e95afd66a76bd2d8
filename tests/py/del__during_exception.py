# __del__ running while an exception is being handled does not disturb that exception.
import sys


class Quiet:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees exc:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)


class Raiser:
    def __del__(self):
        try:
            raise KeyError("inner")
        except KeyError:
            print("caught inner KeyError in __del__")


try:
    q = Quiet("q")
    raise RuntimeError("outer")
except RuntimeError as e:
    del q
    r = Raiser()
    del r
    print("still handling:", repr(e), repr(sys.exc_info()[1]))
print("after handler:", sys.exc_info())
