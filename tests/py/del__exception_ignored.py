# An exception raised in __del__ is reported as "Exception ignored in" on stderr and swallowed.
class Bad:
    def __del__(self):
        print("in __del__")
        raise ValueError("boom in del")


b = Bad()
del b
print("still running")


def make():
    Bad()
    return "made"


print(make())
print("end")
