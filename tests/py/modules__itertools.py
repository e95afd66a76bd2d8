# itertools: count, chain, islice, product and friends.
import itertools
from itertools import count, chain, islice, product

print(list(islice(count(10, 5), 4)))
print(list(chain([1, 2], "ab", (3,))))
print(list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(100), 2, 10, 3)), list(islice("abcdef", 3)))
print(list(product("ab", [0, 1])))
print(list(product(range(2), repeat=3)))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.repeat("x", 3)), list(islice(itertools.cycle("ab"), 5)))
print([(k, list(g)) for k, g in itertools.groupby("aaabbc")])
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.pairwise([1, 2, 3, 4])))
