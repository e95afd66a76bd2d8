# gc.collect() counts a list that contains itself as 1 object; two lists in a cycle as 2.
import gc

gc.collect()
lst = []
lst.append(lst)
del lst
print("self list:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

c = [1, 2, 3]
del c
print("no cycle:", gc.collect())
