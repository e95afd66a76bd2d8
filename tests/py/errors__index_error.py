# An uncaught IndexError.
items = [10, 20, 30]
print(len(items), "items")
for i in range(4):
    print(i, items[i])
