# break and continue in nested loops.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
print("done")
total = 0
for x in range(100):
    if x % 3:
        continue
    if x > 20:
        break
    total += x
print(total)
