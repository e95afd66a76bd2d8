# Comparing and sorting nested tuples.
records = [("bob", 25, 3.5), ("alice", 30, 4.0), ("bob", 20, 3.9)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(max(records, key=lambda r: r[2]))
print(((1, 2), (3,)) < ((1, 2), (4,)))
print((1, (2, 3)) == (1, (2, 3)))
print(repr(((),)), repr((((1,),),)))
print(tuple(x * x for x in range(4)))
print(len(((1, 2), (3, 4))))
