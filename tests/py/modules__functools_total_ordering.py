# functools.total_ordering and functools.cached_property.
import functools

@functools.total_ordering
class N:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return "N(%d)" % self.v

print(N(1) <= N(2), N(3) >= N(2), N(1) > N(1), N(2) >= N(2))
print(sorted([N(3), N(1), N(2)]), max(N(5), N(4)))

class Lazy:
    @functools.cached_property
    def value(self):
        print("computing value")
        return 42

obj = Lazy()
print(obj.value, obj.value, "value" in vars(obj))
