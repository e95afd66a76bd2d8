# With string annotations (PEP 563), fields are found the same way; InitVar and KW_ONLY
# are recognised by the name they are bound to in the module.
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)


print(Item('a'), Item.__doc__)
print([(f.name, f.type) for f in fields(Item)])
print(Item.__init__.__annotations__)


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    also: dataclasses.InitVar[int] = 3

    def __post_init__(self, scale, also):
        self.a *= scale * also


w = WithInitVar(1)
print(w, WithInitVar(1, 5, 1), [f.name for f in fields(WithInitVar)])
print({name: f._field_type for name, f in WithInitVar.__dataclass_fields__.items()})


@dataclass
class WithMarker:
    a: int
    _: KW_ONLY
    b: int = 1


print(WithMarker(1, b=2), WithMarker.__match_args__, WithMarker.__doc__)


# A name that is not bound to InitVar in this module is an ordinary field.
@dataclass
class NotInitVar:
    a: Unknown[int] = 1
    b: 'InitVar'  = 2


print(NotInitVar(), [(f.name, f.type) for f in fields(NotInitVar)])


# 'ClassVar[...]' as a string, with typing not imported by this module: a field.
@dataclass
class StrClassVar:
    count: ClassVar[int] = 0


print(StrClassVar(), [f.name for f in fields(StrClassVar)])


@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int = 0


print(sorted([Pt(2), Pt(1, 5), Pt(1)]), Pt.__doc__)
