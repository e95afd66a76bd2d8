# A global whose finalizer is not run at exit (atexit = False) keeps the module's namespace
# reachable through the finalizer's callback; it still dies while the builtins exist, so its
# __del__ can print (and fails on its own missing attribute, as in CPython).
import weakref, gc

log = []

class Resource:
    def __init__(self, name):
        self.tag = name
    def __del__(self):
        print('__del__', self.tag, len(log))
        print(f'missing: {self.name}')

def cleanup(tag, *extra):
    print('cleanup', tag, extra)

r = Resource('global')
f = weakref.finalize(r, cleanup, 'global', 25)
f.atexit = False
q = Resource('second')
g = weakref.finalize(q, cleanup, 'second')
print('end of script')
