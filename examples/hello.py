# A first script: what Reap runs today, printed exactly as CPython 3.11 prints it.
class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name!r})"


resources = [Resource(n) for n in ("db", "cache", "files")]
print("resources:", resources)
print("by length:", sorted(resources, key=lambda r: len(r.name)))
print({r.name: len(r.name) for r in resources})
try:
    resources[5]
except IndexError as e:
    print("caught:", e)
print(f"{2 ** 100:,} {0.1 + 0.2!r} {-7 // 2}")
