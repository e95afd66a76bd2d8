# with statements, including multiple and parenthesized items
with open("f") as f:
    pass

with a, b:
    pass

with a as x, b as y:
    pass

with a as (x, y):
    pass

with (
    open("a") as a,
    open("b") as b,
):
    pass

with (a, b):
    pass

with lock: pass
