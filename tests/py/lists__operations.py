# Concatenation, repetition, comparisons and copies.
a = [1, 2]
b = [3]
print(a + b, a * 3, [0] * 5)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
shared = [[0] * 3] * 2
shared[0][0] = 1
print(shared)
print([1, 2, 3] < [1, 2, 4], [2] > [1, 99], [1, 2] == [1, 2])
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]))
c = a.copy()
c.append(99)
print(a, c)
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][0])
print(len([[], [], []]))
print([1, 2, 3].index(2), [1, 2, 3][1:] + [4])
