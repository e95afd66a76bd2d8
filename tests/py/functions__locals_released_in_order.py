# A returning function releases its variables first to last, each dying before the next goes:
# a weak reference callback on an earlier local runs while the weak reference (a later local)
# is alive, and not when the weak reference was the earlier one.
import weakref

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def callback_runs():
    r = R('first')
    w = weakref.ref(r, lambda ref: print('callback, referent gone:', ref() is None))

def callback_dropped():
    w = None
    r = R('second')
    w = weakref.ref(r, lambda ref: print('never printed'))

def three():
    a = R('a')
    b = R('b')
    c = R('c')

def with_cells():
    x = R('cell x')
    y = R('local y')
    def inner():
        return x
    return None

callback_runs()
print('--')
callback_dropped()
print('--')
three()
print('--')
with_cells()
print('end')
