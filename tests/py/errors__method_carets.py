# CPython 3.11 marks the failing sub-expression with ^^^^ in tracebacks.
class Inventory:
    def __init__(self):
        self.stock = {"apple": 3}

    def take(self, item, n):
        return self.stock[item] - n

    def report(self, item):
        return "left: " + str(self.take(item, 1)) + " units"

inv = Inventory()
print(inv.report("apple"))
print(inv.report("pear"))
