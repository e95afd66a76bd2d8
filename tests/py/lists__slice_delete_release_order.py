# Items a slice deletion or assignment removes are released in CPython's order: a contiguous
# slice last to first (list_ass_slice), an extended one in ascending position order.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def make(n):
    return [D(i) for i in range(n)]

print('-- del l[2:5]')
l = make(7); del l[2:5]; print('after', [d.name for d in l])
print('-- del l[:]')
l = make(3); del l[:]
print('-- del l[::2]')
l = make(7); del l[::2]
print('-- del l[::-2]')
l = make(7); del l[::-2]
print('-- del l[5:1:-1]')
l = make(7); del l[5:1:-1]
print('-- l[1:4] = [x]')
l = make(6); l[1:4] = ['x']
print('-- l[1:3] = many')
l = make(6); l[1:3] = [1, 2, 3, 4]
print('-- l[::2] = ...')
l = make(6); l[::2] = 'abc'
print('-- l[::-2] = ...')
l = make(6); l[::-2] = 'abc'
print('-- l[:] = []')
l = make(4); l[:] = []
print('-- l.clear()')
l = make(4); l.clear()
print('-- del l')
l = make(4); del l
print('-- l.pop(1)')
l = make(3); l.pop(1); print('popped')
print('-- l.remove')
l = make(3); l.remove(l[1]); print('removed')
print('-- l *= 0')
l = make(3); l *= 0
print('-- del l[1]')
l = make(3); del l[1]
print('-- end')
