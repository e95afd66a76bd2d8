# A descriptor with __set__ and no __get__ is still a data descriptor: assignment goes to it,
# and reading the attribute gives the instance's own value if it has one, else the descriptor.
class SetOnly:
    def __set__(self, obj, value):
        print("__set__ called with", value)


class H:
    attr = SetOnly()


h = H()
h.attr = 5
print(type(h.attr).__name__, h.__dict__)
h.__dict__['attr'] = 'own'
print(h.attr)


class Validated:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be non-negative")
        obj.__dict__[self.name[1:]] = value


class Account:
    balance = Validated()


a = Account()
a.balance = 10
print(a.balance, a.__dict__)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
