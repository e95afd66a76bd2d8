# str.format numbers {} fields through nested specs and refuses to mix {} with {0}; an empty
# spec formats a subclass of int/float/str by its __str__; a spec for a type without a
# format language is a TypeError.
print("{:>{}}|".format("z", 4)); print("{:{}{}}|".format("a", ">", 3)); print("{} {:^{}} {}".format(1, 2, 5, 3))
for t in ["{0} {}", "{} {0}"]:
    try: print(t.format(1, 2))
    except ValueError as e: print(e)
class C(float):
    def __str__(self): return "3.0°C"
print(str(C(3)), f"{C(3)}", format(C(3)), f"{C(3):.2f}", "{}".format(C(3)))
import enum
class Weekday(enum.IntEnum):
    MON = 1
    TUE = 2
    def __str__(self): return self.name.title()
print(f"{Weekday.TUE}", f"{Weekday.TUE:d}", format(Weekday.MON))
class S(str):
    def __str__(self): return "custom"
print(f"{S('x')}", f"{S('x'):>3}")
for v in [None, [1], (1,), {1: 2}, b'x', {1}, range(3)]:
    try: print(f"{v:>6}|")
    except TypeError as e: print(e)
print(f"{None}|{[1]}|{b'x'}|{range(2)}", format(None, ''), "{!r:>8}|".format(None))
class P:
    pass
try: format(P(), 'x')
except TypeError as e: print(e)
print(format(True, 'd'), format(True, '>5'), f"{3+4j:.1f}", f"{'abc':.2}")
