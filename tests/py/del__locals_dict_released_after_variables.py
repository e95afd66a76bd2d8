# A function that called locals() keeps that dict until it returns: the dict goes after the
# variables, so an object only the dict still holds (its variable rebound since) dies last.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def rebinds():
    x = Noisy("first x")
    y = Noisy("y")
    locals()
    x = Noisy("second x")
    print("returning")


rebinds()
print("after rebinds")


def frame_kept():
    a = Noisy("a")
    locals()
    return sys._getframe()


f = frame_kept()
print("frame kept", sorted(f.f_locals))
del f
print("after frame_kept")


def generator():
    g = Noisy("gen local")
    locals()
    g = Noisy("gen rebound")
    yield 1
    print("resumed")


it = generator()
next(it)
print("closing")
it.close()
print("closed")
del it
print("end")
