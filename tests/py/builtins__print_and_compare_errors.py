# print() writes the arguments before one whose str() fails, as CPython's does; a comparison
# builtin subclasses cannot make names the subclasses.
import sys
from collections import Counter


class Broken:
    def __str__(self):
        raise ValueError("no text")


try:
    print("before", Broken(), "after")
except ValueError as e:
    sys.stdout.write("\n")
    print("ValueError:", e)


class Settings(dict):
    pass


class Stack(list):
    pass


for a, b in [(Settings(), {}), (Stack(), 1), ({}, Settings()), (Counter(a=1), Counter(b=2)), (Stack([1]), Stack([2]))]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(Settings(a=1) == {"a": 1}, Stack([1, 2]) == [1, 2], Stack([1]) <= [1])
