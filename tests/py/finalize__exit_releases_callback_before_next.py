# At exit the finalizers run newest first; each one's callback and arguments are released as
# its call returns, so what only they kept alive dies before the next finalizer runs.
import weakref

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

first = R('first')
f1 = weakref.finalize(first, print, 'finalized', 'first')
items = [R('item' + str(i)) for i in range(2)]
fs = [weakref.finalize(x, lambda: print('lambda', x.name)) for x in items]
items.pop()
items.pop()
print('end of script')
