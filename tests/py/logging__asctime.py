# %(asctime)s: the default date format with milliseconds, datefmt=, and converter; times
# are made deterministic by fixing the record's creation time and the converter.
import logging
import sys


def fixed(secs):
    # A struct_time-like 9-tuple: 2024-03-05 07:08:09, Tuesday, day 65 of the year.
    whole = int(secs)
    return (2024, 3, 5, 7, 8, 9 + whole % 10, 1, 65, 0)


rec = logging.LogRecord("t", logging.INFO, "p.py", 1, "msg", (), None)
rec.created = 1000.0
rec.msecs = 123.0

f = logging.Formatter("%(asctime)s %(message)s")
f.converter = fixed
print(f.format(rec), f.usesTime())
print(rec.asctime)

f = logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H-%M-%S")
f.converter = fixed
print(f.format(rec))
print(f.formatTime(rec), f.formatTime(rec, "%Y"))
print(f.formatTime(rec, "%j %a %A %b %B %y %p %I %%"))

f = logging.Formatter("{asctime} {message}", style="{")
f.converter = fixed
print(f.format(rec))
f = logging.Formatter("$asctime ${message}", style="$")
f.converter = fixed
print(f.format(rec))

# The class attributes that control the default format.
class NoMsecs(logging.Formatter):
    default_msec_format = None
    converter = staticmethod(fixed)

print(NoMsecs("%(asctime)s").format(rec))

class Custom(logging.Formatter):
    default_time_format = "%H:%M"
    default_msec_format = "%s.%03d"
    converter = staticmethod(fixed)

print(Custom("%(asctime)s").format(rec))
rec.msecs = 7.0
print(Custom("%(asctime)s").format(rec))

# No asctime in the format: no asctime attribute is made.
r2 = logging.LogRecord("t", logging.INFO, "p.py", 1, "msg", (), None)
logging.Formatter("%(message)s").format(r2)
print(hasattr(r2, "asctime"))

# basicConfig(datefmt=) reaches the formatter.
logging.basicConfig(stream=sys.stdout, format="%(asctime)s %(message)s", datefmt="%Y")
fmt = logging.root.handlers[0].formatter
print(fmt.datefmt)
fmt.converter = fixed
logging.warning("with the date")

# The default converter (local time): only the shape of the result is deterministic.
import re
r3 = logging.LogRecord("t", logging.INFO, "p.py", 1, "msg", (), None)
text = logging.Formatter().formatTime(r3)
print(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}", text) is not None)
print(re.fullmatch(r"\d{4}", logging.Formatter().formatTime(r3, "%Y")) is not None)
print(len(tuple(logging.Formatter.converter(r3.created))))
