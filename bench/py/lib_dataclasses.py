# dataclass creation (the decorator writing __init__/__repr__/__eq__) and instance construction.
from dataclasses import dataclass, field

made = 0
for i in range(600):
    @dataclass(order=True)
    class Point:
        x: int
        y: int = 0
        tags: list = field(default_factory=list)
    made += len(Point.__dataclass_fields__)

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

total = 0.0
for i in range(900_000):
    it = Item("widget", 1.5, i % 7)
    total += it.price * it.qty
print(made, total, Item("a", 2.0) == Item("a", 2.0))
