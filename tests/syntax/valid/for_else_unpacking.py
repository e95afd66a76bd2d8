# for loops with else and tuple targets
for i in range(10):
    pass

for i, j in pairs:
    print(i, j)

for (a, b), c in items:
    pass

for x in 1, 2, 3:
    pass

for k in d:
    if k:
        break
else:
    print("no break")

for obj.attr in seq:
    pass

for a[0] in seq:
    pass
