# Aliasing, identity and mutation through references.
def add_item(lst, item):
    lst.append(item)

a = []
add_item(a, 1)
add_item(a, 2)
print(a)
b = a
b.append(3)
print(a, a is b)
c = list(a)
print(c == a, c is a)

def default_trap(x, acc=[]):
    acc.append(x)
    return acc

print(default_trap(1))
print(default_trap(2))
print(default_trap(3, []))
m = [[1, 2], [3, 4]]
row = m[0]
row.append(99)
print(m)
