# operator's getters and functools.partial, called as sort keys and callbacks are: results,
# errors, state read at call time, pickled copies, and a partial in a collected cycle.
import functools, operator, pickle, copy

# Sort keys and callbacks, as the docs use them.
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
print(sorted(inventory, key=operator.itemgetter(1)))
print(list(map(operator.itemgetter(1, 0), inventory)))
print(operator.itemgetter(slice(2, None))('ABCDEFG'))
print(operator.itemgetter('rank')({'rank': 3}))

class P:
    def __init__(self, name, child=None):
        self.name, self.child = name, child
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'

people = [P('bo', P('x')), P('al', P('y'))]
print([p.name for p in sorted(people, key=operator.attrgetter('name'))])
print(operator.attrgetter('child.name', 'name')(people[0]))
print(operator.methodcaller('greet', 'hi')(people[0]))
print(operator.methodcaller('greet', 'hey', punct='?')(people[1]))
print(list(map(operator.methodcaller('upper'), ['a', 'b'])))

basetwo = functools.partial(int, base=2)
print(basetwo('10010'), basetwo('11', base=3))
p = functools.partial(max, 0)
print(p(5), p(-5), p(1, 2, key=lambda x: -x))
def show(*args, **kw):
    return args, kw
q = functools.partial(show, 1, a=1, b=2)
print(q(2, b=3, c=4))
print(functools.partial(q, 3, c=5)(4))

class MyPartial(functools.partial):
    __slots__ = ('extra',)
print(MyPartial(show, 'x')('y', z=1))
class DictPartial(functools.partial):
    pass
dp = DictPartial(show, 7)
dp.note = 'n'
print(dp(8), dp.note)

# Errors, as CPython words them.
def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

ig = operator.itemgetter(1)
attempt(ig)
attempt(ig, 1, 2)
attempt(ig, [1, 2], x=1)
attempt(ig, [])
attempt(ig, 5)
attempt(operator.itemgetter(0, 5), [1])
ag = operator.attrgetter('missing')
attempt(ag, people[0])
attempt(ag)
attempt(operator.attrgetter('child.missing'), people[0])
mc = operator.methodcaller('nope')
attempt(mc, 1)
attempt(mc)
attempt(operator.methodcaller('greet'), people[0])
attempt(functools.partial(len), [1, 2], 3)
attempt(functools.partial(show, **{'k': 1}), k=2)
attempt(functools.partial(int, 'z'))

# The state they keep is read at call time.
r = functools.partial(show, 1)
r.__setstate__((show, (9,), {'w': 0}, None))
print(r(), r.args, r.keywords)

# Pickled and copied, they still call.
for obj in (operator.itemgetter(0, 1), operator.attrgetter('name'), operator.methodcaller('greet', 'yo'),
            functools.partial(max, 1, k=2)):
    c = copy.copy(obj)
    print(type(c).__name__, repr(pickle.loads(pickle.dumps(obj))))
print(pickle.loads(pickle.dumps(operator.itemgetter(1, 0)))(('a', 'b')))
print(callable(ig), type(ig).__call__.__name__)

# A partial that outlives its arguments' names, in a cycle, is collected.
import gc, weakref
class Node: pass
n = Node()
n.cb = functools.partial(show, n)
w = weakref.ref(n)
del n
gc.collect()
print(w() is None)
