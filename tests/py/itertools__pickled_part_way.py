# itertools' iterators pickled and copied part-way through, as CPython 3.11 does it: each
# resumes where it was (sharing its inputs when copied), with the same pickle bytes.
import copy, itertools as it, pickle

def states(make, steps=(0, 1, 3)):
    for n in steps:
        obj = make()
        taken = list(it.islice(obj, n))
        for proto in (0, 2, 4):
            data = pickle.dumps(obj, proto)
            back = pickle.loads(data)
            print(type(obj).__name__, n, proto, taken, list(it.islice(back, 6)), len(data))

states(lambda: it.count(5))
states(lambda: it.count(1.5, 0.25))
states(lambda: it.repeat('r', 4))
states(lambda: it.cycle([1, 2]))
states(lambda: it.accumulate([1, 2, 3, 4]))
states(lambda: it.accumulate([1, 2, 3], initial=10))
def keep_none(a, b):
    return None

states(lambda: it.accumulate([None, None, None], keep_none))
states(lambda: it.chain([1, 2], (3, 4), [5]))
states(lambda: it.chain.from_iterable([[1], [2, 3], [4]]))
states(lambda: it.compress(range(8), [1, 0, 1, 1, 0, 1]))
def small(x):
    return x < 3

states(lambda: it.dropwhile(small, range(8)))
states(lambda: it.takewhile(bool, [3, 2, 1, 0, 5]))
states(lambda: it.filterfalse(None, [0, 1, 0, 2, 3]), (0,))
states(lambda: it.islice(range(20), 2, 15, 3))
states(lambda: it.islice(range(20), 4))
states(lambda: it.starmap(pow, [(2, 1), (2, 2), (2, 3), (2, 4)]), (0,))
states(lambda: it.zip_longest([1, 2, 3], 'ab', fillvalue='-'))
states(lambda: it.product('ab', range(2)))
states(lambda: it.permutations(range(3), 2))
states(lambda: it.combinations('abcd', 2))
states(lambda: it.combinations_with_replacement('abc', 2))
g = it.groupby('aabbbc')
key, group = next(g)
print(key, list(pickle.loads(pickle.dumps(group))), [(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])
for obj in (it.islice(range(5), 1, 4), it.count(2, 3), it.product('ab', repeat=2), it.chain('x', [1])):
    print(pickle.dumps(obj, 2).hex(), pickle.dumps(obj, 4).hex())

c = it.count(3)
d = copy.copy(c)
print(next(c), next(c), next(d), type(d).__name__)
ch = it.chain([1, 2, 3])
ch2 = copy.copy(ch)
print(next(ch), next(ch2, 'shared source ended'), list(ch), list(ch2))
print(list(copy.deepcopy(it.islice([1, 2, 3, 4], 1, 3))))
try:
    pickle.dumps(it.pairwise([1, 2]))
except TypeError as e:
    print('TypeError:', e)
for bad in (lambda: it.chain().__setstate__(5), lambda: it.chain().__setstate__((1,)),
            lambda: it.permutations('ab').__setstate__(((0,), (1,)))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
