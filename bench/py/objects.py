# Object creation and method calls.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

total = 0
for i in range(1_200_000):
    p = Point(i, i + 1)
    total += p.norm2()
print(total)
