# Nested loops building a multiplication table.
for i in range(1, 5):
    row = []
    for j in range(1, 5):
        row.append(str(i * j).rjust(3))
    print("".join(row))
pairs = []
for a in "ab":
    for b in "xy":
        for c in (1, 2):
            pairs.append(a + b + str(c))
print(pairs)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
