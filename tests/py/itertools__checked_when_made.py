# The itertools check their iterable arguments when made, not at the first item, and tee
# gives back an iterator that copies itself as the first of its result.
import itertools

for name, make in [("accumulate", lambda: itertools.accumulate(1)),
                   ("takewhile", lambda: itertools.takewhile(bool, 1)),
                   ("dropwhile", lambda: itertools.dropwhile(bool, 1)),
                   ("starmap", lambda: itertools.starmap(pow, 1)),
                   ("filterfalse", lambda: itertools.filterfalse(None, 1)),
                   ("compress", lambda: itertools.compress(1, [1])),
                   ("cycle", lambda: itertools.cycle(1)),
                   ("cycle()", lambda: itertools.cycle()),
                   ("cycle(a, b)", lambda: itertools.cycle("a", "b")),
                   ("zip_longest", lambda: itertools.zip_longest("a", x=1)),
                   ("chain", lambda: itertools.chain(1))]:
    try:
        made = make()
        print(name, "made")
        print(list(made))
    except TypeError as e:
        print(name, "TypeError:", e)

print(list(itertools.accumulate([1, 2, 3], initial=10)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.zip_longest("ab", "c", fillvalue="-")))

a, b = itertools.tee(iter([1, 2, 3]))
(c,) = itertools.tee(a, 1)
print(c is a, next(a), list(c), list(b))
d, e = itertools.tee(b, 2)
print(d is b, list(d), list(e))
