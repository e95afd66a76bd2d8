"""A late future statement is a SyntaxError before anything runs."""
print("not printed")
from __future__ import annotations
