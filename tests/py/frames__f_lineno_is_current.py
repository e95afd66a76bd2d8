# A frame's f_lineno read by the code the frame runs is the line reading it.
import sys


def f():
    fr = sys._getframe()
    x = 1
    print(fr.f_lineno)
    for i in range(2):
        print(fr.f_lineno, i)


f()
fr = sys._getframe()
print(fr.f_lineno)
