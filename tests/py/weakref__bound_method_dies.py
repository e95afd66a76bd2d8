# A plain weakref to a bound method dies immediately; WeakMethod tracks the instance instead.
import weakref


class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
r = weakref.ref(g.hello)
print("ref to bound method:", r())
wm = weakref.WeakMethod(g.hello)
print("WeakMethod:", wm()())
print("fresh bound method each time:", wm() is wm(), wm() == wm())
del g
print("WeakMethod after instance death:", wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
