# Function locals are released when the function returns, in order of their slots.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def work():
    first = Item("first")
    second = Item("second")
    third = Item("third")
    print("returning")
    return second.n


print("result", work())
print("---")


def keep_one():
    a = Item("a")
    b = Item("b")
    return b


kept = keep_one()
print("kept", kept.n)
del kept
print("end")
