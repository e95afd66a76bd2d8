# `if`, `while`, `assert`, comprehension filters, conditional expressions and match guards ask
# each operand of `and`/`or`/`not` for its truth once: a short-circuited `and` does not ask its
# false operand again for the `if` (CPython compiles conditions to chains of jumps).
class T:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
class Bad:
    def __bool__(self):
        raise ValueError("no")
def check(a, b, c):
    out = []
    if a and b or c: out.append(1)
    if not a or not (b and c): out.append(2)
    if (a or b) and (b or c): out.append(3)
    while a and not b:
        out.append(4); break
    else:
        out.append(5)
    out.append([i for i in range(3) if a and (i or b)])
    out.append(7 if not (a and b) else 8)
    assert a or b or c or True, "msg"
    try:
        assert not (a or b or c), "all false?"
    except AssertionError as e:
        out.append(str(e))
    match out:
        case [*_] if a and not c:
            out.append("guard")
        case _ if not a:
            out.append("guard2")
    return out
for a in (0, 1):
    for b in (0, 1):
        for c in (0, 1):
            print(a, b, c, check(a, b, c))
print(check(T(True), T(False), T(True)))
print(check(T(False), T(True), T(False)))
try:
    if not Bad():
        pass
except ValueError as e:
    print("ValueError", e)
import traceback
try:
    if 1 and (2 and Bad()):
        pass
except ValueError:
    traceback.print_exc()
def g():
    while not Bad():
        pass
try:
    g()
except ValueError:
    traceback.print_exc()
def h(x):
    assert (x and
            not Bad()), "m"
try:
    h(1)
except ValueError:
    traceback.print_exc()
print(not 0, not None, not 5, -3, -2.5, not "", not [1])
