# annotated assignments
x: int
y: int = 1
z: list[int] = []
a.b: str = "s"
a[0]: float = 1.0
(w): int = 3
t: tuple[int, ...] = (1, 2)
d: dict[str, "Forward"] = {}

class C:
    attr: int
    other: str = "x"

def f():
    local: int = 0
    return local
