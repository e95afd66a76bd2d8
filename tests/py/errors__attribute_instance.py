# AttributeError on an instance, with CPython's "Did you mean" hint.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

acct = Account("ann")
print(acct.owner)
print(acct.balanse)
