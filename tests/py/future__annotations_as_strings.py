"""doc"""
from __future__ import annotations
import __future__
class Tree:
    x: int = 3
    def __init__(self, left: Tree | None, v: dict[str, list[int]] = None) -> None:
        self.left = left
print(Tree.__init__.__annotations__)
print(Tree.__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
y: Tree
print(__annotations__)
