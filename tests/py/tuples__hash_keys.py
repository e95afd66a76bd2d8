# Tuples as dictionary keys and set members.
grid = {}
grid[(0, 0)] = "origin"
grid[1, 2] = "point"
print(grid)
print(grid[(1, 2)], (0, 0) in grid)
s = {(1, 2), (1, 2), (3, 4)}
print(sorted(s))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
t = ([1], 2)
t[0].append(3)
print(t)
