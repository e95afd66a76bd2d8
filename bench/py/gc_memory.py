# Peak memory: 1,000,000 small instances with two attributes each.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, -i) for i in range(1_000_000)]
print(len(points), points[-1].x + points[-1].y)
