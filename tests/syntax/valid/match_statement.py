match command.split():
    case [action]:
        pass
    case ["go", direction] if direction:
        pass
    case Point(x=0, y=yy) | [1, *_, {"k": v, **kw}] as whole:
        pass
    case -1 | 2+3j | -4-5j | None | True | "s" "t" | b"x" | a.b.c:
        pass
    case (1, 2) | () | (x,) | {}:
        pass
    case int(n) | str() | Cls(1, _, key=[*rest]):
        pass
    case _:
        pass
match = case = 1
match x, *y:
    case _:
        pass
