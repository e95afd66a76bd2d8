# Using exceptions for control flow: StopIteration, custom signals.
class Found(Exception):
    def __init__(self, where):
        self.where = where

def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise Found((r, c))
    except Found as f:
        return f.where
    return None

print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
it = iter([1, 2])
while True:
    try:
        print("next:", next(it))
    except StopIteration:
        print("exhausted")
        break
try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print(type(e).__name__, e)
