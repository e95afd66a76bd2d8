# Finalizers, weak values, parent links, kept exceptions and sys.exc_info()'s traceback, used as Python's docs use them.
import weakref, gc, sys, shutil, tempfile, os

class TempDir:
    def __init__(self):
        self.name = tempfile.mkdtemp()
        self._finalizer = weakref.finalize(self, shutil.rmtree, self.name)

    def remove(self):
        self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive

d = TempDir()
path = d.name
print(os.path.isdir(path), d.removed)
d.remove()
print(os.path.isdir(path), d.removed)
d2 = TempDir()
p2 = d2.name
del d2
print(os.path.isdir(p2))

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Image({self.name!r})'

cache = weakref.WeakValueDictionary()
def get_image(name):
    try:
        return cache[name]
    except KeyError:
        img = Image(name)
        cache[name] = img
        return img

a = get_image('a')
b = get_image('a')
print(a is b, len(cache), list(cache.keys()))
del a, b
print(len(cache))

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self._parent = None
    @property
    def parent(self):
        return self._parent() if self._parent else None
    @parent.setter
    def parent(self, node):
        self._parent = weakref.ref(node)
    def add(self, child):
        self.children.append(child)
        child.parent = self
    def __del__(self):
        print('del node', self.value)

root = Node('root')
for i in range(3):
    root.add(Node(f'child{i}'))
print(root.children[1].parent.value)
del root
print('after del root')

def risky(x):
    local_resource = Node(f'resource {x}')
    if x > 1:
        raise ValueError(f'bad {x}')
    return x

errors = []
for i in range(4):
    try:
        risky(i)
    except ValueError as e:
        errors.append(e)
print('errors kept:', [str(e) for e in errors])
errors.clear()
print('cleared')
tb = None
try:
    risky(5)
except ValueError:
    tb = sys.exc_info()[2]
print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_locals['x'])
del tb
print('tb gone')

s = weakref.WeakSet()
items = [Node(f'w{i}') for i in range(3)]
for it in items:
    s.add(it)
print(len(s))
items.pop(0)
print(len(s))
del items
print(len(s))
gc.collect()
print('end')
