# collections.ChainMap: lookups through the chain, writes to the first mapping, views,
# new_child/parents, the | operators, copies and repr.
from collections import ChainMap, Counter, OrderedDict
from collections.abc import KeysView, ItemsView, ValuesView, Mapping, MutableMapping

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {'size': 3}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], cm['size'])
print(cm)
print(len(cm), sorted(cm), list(cm))
print('user' in cm, 'nope' in cm, cm.get('nope'), cm.get('nope', 0), cm.get('color'))

# keys/items/values are views that follow later changes.
keys, items, values = cm.keys(), cm.items(), cm.values()
print(type(keys).__name__, type(items).__name__, type(values).__name__)
print(isinstance(keys, KeysView), isinstance(items, ItemsView), isinstance(values, ValuesView))
print(list(keys), list(items), list(values))
cli['extra'] = True
print(list(keys), len(items), len(values))
print('color' in keys, ('user', 'admin') in items, ('user', 'guest') in items, 'red' in values)
print(keys & {'color', 'nothing'}, sorted(keys | {'z'}), sorted(keys - {'extra'}))
print(items)
print(repr(keys)[:30])
del cli['extra']

# Writes and deletes only touch the first mapping.
cm['color'] = 'blue'
print(cli, defaults['color'], cm['color'])
del cm['color']
print(cm['color'])
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('size'), cm.pop('size', 'gone'), cm['size'])
try:
    cm.pop('user')
except KeyError as e:
    print('KeyError', e)
cli['a'] = 1
print(cm.popitem())
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)
print(cm.setdefault('user', 'x'), cm.setdefault('fresh', 'new'), cli)
cm.update({'u1': 1}, u2=2)
cm.update([('u3', 3)])
print(cli)
cm.clear()
print(cli, len(cm), bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), bool(ChainMap({}, {'x': 1})))

# new_child, parents, maps
base = ChainMap({'a': 1})
child = base.new_child()
print(child, child.maps[1] is base.maps[0])
print(base.new_child({'b': 2}))
print(base.new_child(c=3, d=4))
m = {'e': 5}
print(base.new_child(m, f=6), m)
print(child.parents, child.parents.parents)
child['a'] = 10
print(child['a'], base['a'], child.maps)
child.maps.append({'z': 26})
print(child['z'])

# Operators
c1 = ChainMap({'a': 1}, {'b': 2})
print(c1 | {'b': 20, 'c': 3})
print({'a': 0, 'x': 9} | c1)
c1 |= {'q': 7}
print(c1)
c1 |= [('r', 8)]
print(c1)
try:
    c1 | [('s', 1)]
except TypeError as e:
    print('TypeError', e)
print(c1 | ChainMap({'w': 0}))

# Equality with any mapping; a ChainMap is not hashable.
print(ChainMap({'a': 1}, {'b': 2}) == {'a': 1, 'b': 2}, ChainMap({'a': 1}) == ChainMap({}, {'a': 1}))
print(ChainMap({'a': 1}) != {'a': 2}, ChainMap() == [], ChainMap({'a': 1}) == OrderedDict(a=1))
try:
    hash(ChainMap())
except TypeError as e:
    print('TypeError', e)

# Copies share the parents but not the first mapping.
orig = ChainMap({'x': 1}, {'y': 2})
dup = orig.copy()
dup['x'] = 100
dup.maps[1]['y'] = 200
print(orig, dup)
import copy
print(copy.copy(orig))
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys(['k'], 0))

# A mapping with __missing__ in the chain answers for every key.
counts = ChainMap(Counter('aab'), {'z': 9})
print(counts['a'], counts['z'], counts['never'])

# __missing__ in a subclass.
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'


d = DefaultChain({'k': 'v'})
print(d['k'], d['other'], d.get('other'), 'other' in d)

# KeyError for an absent key, repr of nested and self-containing chains, empty chain.
try:
    ChainMap({'a': 1})['b']
except KeyError as e:
    print('KeyError', e)
nested = ChainMap({'inner': ChainMap({'deep': 1})})
print(nested)
selfref = ChainMap()
selfref['me'] = selfref
print(selfref)
print(ChainMap(), ChainMap().maps, len(ChainMap()))
print(isinstance(ChainMap(), (dict, list)), ChainMap[str, int])
