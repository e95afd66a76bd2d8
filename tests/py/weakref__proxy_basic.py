# weakref.proxy forwards attribute access and calls; after death it raises ReferenceError.
import weakref


class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n
        return self.balance


acct = Account()
p = weakref.proxy(acct)
print("balance:", p.balance)
print("deposit:", p.deposit(5))
p.balance = 100
print("set through proxy:", acct.balance)
print("type:", type(p).__name__)
print("repr:", repr(p))
del acct
for action in ("getattr", "call", "bool"):
    try:
        if action == "getattr":
            p.balance
        elif action == "call":
            p.deposit(1)
        else:
            bool(p)
    except ReferenceError as e:
        print(action, "-> ReferenceError:", e)
print("repr of dead proxy does not raise:", repr(p))
