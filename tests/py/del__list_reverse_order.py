# Freeing a list runs its items' __del__ from last to first (list_dealloc walks backwards).
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del item", self.n)


items = [Item(i) for i in range(5)]
print("dropping list")
del items
print("---")
nested = [[Item(10), Item(11)], [Item(20), Item(21)]]
print("dropping nested list")
del nested
print("end")
