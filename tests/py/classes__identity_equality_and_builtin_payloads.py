# Instances of classes without __eq__/__ne__ compare by identity; a class (or a base, or the
# other operand's class) that defines either takes over, in CPython's order.
class Plain:
    pass


class Child(Plain):
    pass


class AlwaysEqual:
    def __eq__(self, other):
        print("AlwaysEqual.__eq__")
        return True


class OnlyNe(Plain):
    def __ne__(self, other):
        print("OnlyNe.__ne__")
        return "ne-result"


p, q, c = Plain(), Plain(), Child()
print(p == p, p != p, p == q, p != q, p == c, c != p)
a = AlwaysEqual()
print(p == a)
print(a == p)
print(p != a)
o = OnlyNe()
print(o != p)
print(p != o)
print(o == o, p == 1, 1 != p, p == None, None != p)

# Adding __eq__ to a class later is seen at once.
Plain.__eq__ = lambda self, other: "late"
print(p == q, c == p)
del Plain.__eq__
print(p == q)

# len() of a builtin type's subclass: the builtin's answer unless the class overrides it.
class Items(list):
    pass


class Counted(list):
    def __len__(self):
        print("Counted.__len__")
        return 7


class Name(str):
    pass


class Table(dict):
    pass


items = Items([1, 2, 3])
items.append(4)
items.pop(0)
print(len(items), len(Counted([1])), len(Name("héllo")), len(Table(a=1)))
Items.__len__ = lambda self: 99
print(len(items))


class Unsized(Plain):
    pass


try:
    len(Unsized())
except TypeError as e:
    print("TypeError:", e)
