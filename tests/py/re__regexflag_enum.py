# re.RegexFlag is an enum.IntFlag, its members also the module's names, as in CPython 3.11.
import enum
import pickle
import re

print(re.I, re.I | re.M, repr(re.X), str(re.S), format(re.M), int(re.A | re.I))
print(re.IGNORECASE.value, re.I.name, (re.I | re.M).name, type(re.I), re.RegexFlag)
print(re.RegexFlag.IGNORECASE is re.I, re.RegexFlag["DOTALL"], re.RegexFlag(8), re.RegexFlag(0x1000))
print(list(re.RegexFlag), len(re.RegexFlag), re.NOFLAG, bool(re.NOFLAG), ~re.I)
print(isinstance(re.I, enum.IntFlag), isinstance(re.I, int), re.I == 2, re.I | 4, 4 | re.I, re.I & 3)
print(re.M in (re.I | re.M), [f for f in re.RegexFlag if f & (re.I | re.S)])
print(pickle.loads(pickle.dumps(re.I | re.M)), re.compile("x", re.I | re.VERBOSE), re.compile("x", 2).flags)
print(re.compile("x").flags, re.compile(b"x").flags, re.compile("(?i)x").flags)
print("%d %s %r" % (re.I, re.I, re.I), f"{re.M!r} {re.M:>20}")
