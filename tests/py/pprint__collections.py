# Container types from collections, subclasses, sets and frozensets.
import collections
import pprint

words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"]
od = collections.OrderedDict((w, len(w)) for w in words)
pprint.pprint(od)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list)
for w in words:
    dd[w[0]].append(w * 3)
pprint.pprint(dd)
pprint.pprint(collections.defaultdict(int))
counts = collections.Counter("the quick brown fox jumps over the lazy dog and keeps running far away")
pprint.pprint(counts, width=40)
pprint.pprint(collections.Counter())
chain = collections.ChainMap({"user": "ann", "theme": "dark" * 10}, {"user": "root", "lang": "en" * 20})
pprint.pprint(chain)
dq = collections.deque(w * 4 for w in words)
pprint.pprint(dq)
pprint.pprint(collections.deque(range(30), maxlen=30))
pprint.pprint(collections.deque())

pprint.pprint(set(range(30)))
pprint.pprint(frozenset(range(25)), width=40)
pprint.pprint({"numbers": set(range(0, 60, 3))})
pprint.pprint(set(words), width=40)
pprint.pprint(set(), width=1)
pprint.pprint(frozenset(), width=1)


class MyList(list):
    pass


class MyDict(dict):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList(%d items)" % len(self)


class MySet(set):
    pass


pprint.pprint(MyList(words))
pprint.pprint(MyDict((w, w.upper()) for w in words))
pprint.pprint(ReprList(words))
pprint.pprint(MySet(range(30)), width=40)
pprint.pprint((words,))
pprint.pprint(tuple(words), width=40)
