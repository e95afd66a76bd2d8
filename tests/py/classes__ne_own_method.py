# != asks a class's own __ne__; only a class without one gets the negation of ==.
class N:
    def __ne__(self, o):
        print("ne"); return NotImplemented
    def __eq__(self, o):
        print("eq"); return NotImplemented
print(N() != 3)
class E:
    def __eq__(self, o):
        print("eq only"); return True
print(E() != 3, 3 != E())
