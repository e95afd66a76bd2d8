# Creating, indexing and mutating lists.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(3)
print(a)
a[1] = 20
print(a)
del a[0]
print(a)
print(a.index(20), a.count(20), 20 in a, 99 in a)
a.clear()
print(a, len(a))
print(list(range(5)), list("ab"), list((1, 2)))
print([] == list(), [[]] * 2)
