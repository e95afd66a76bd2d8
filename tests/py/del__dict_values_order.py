# Freeing a dict runs its values' __del__ in insertion order (first to last).
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del value", self.n)


d = {"x": Item(1), "y": Item(2), "z": Item(3)}
d["w"] = Item(4)
print("dropping dict")
del d
print("---")
d2 = {k: Item(k) for k in range(3)}
del d2[1]
print("after deleting one key")
d2 = None
print("end")
