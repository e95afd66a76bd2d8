# yield from delegates to a sub-generator and returns its value.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from range(3)
    yield from "ab"

print(list(outer()))

def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)

t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1], (2, 3), {4: None})))
