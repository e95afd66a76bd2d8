# Formatter: the three styles, defaults=, validation errors, missing fields, and the
# default format.
import logging


def record(msg="hello %s", args=("world",), level=logging.INFO, name="fmt.test", **extra):
    r = logging.LogRecord(name, level, "/src/app/main.py", 42, msg, args, None, "func")
    r.__dict__.update(extra)
    return r


rec = record()
print(repr(logging.Formatter().format(rec)))
print(logging.Formatter("%(levelname)s:%(name)s:%(message)s").format(rec))
print(logging.Formatter("%(levelno)d %(pathname)s %(filename)s %(module)s %(lineno)d "
                        "%(funcName)s %(message)r").format(rec))
print(logging.Formatter("%(name)-10s|%(levelname)8s|%(lineno)04d|%%").format(rec))
print(logging.Formatter("{levelname}:{name}:{message}", style="{").format(rec))
print(logging.Formatter("{name!r:>12} {levelno:03d} {message!s}", style="{").format(rec))
print(logging.Formatter("${levelname}:$name:${message} $$", style="$").format(rec))
print(logging.Formatter(logging.BASIC_FORMAT).format(rec))
print(logging.BASIC_FORMAT)

# The message is kept on the record.
r = record("%d + %d", (1, 2))
logging.Formatter("%(message)s").format(r)
print(r.message)

# defaults= fills fields the record lacks (the record wins where it has them).
f = logging.Formatter("%(user)s %(name)s %(message)s", defaults={"user": "nobody", "name": "x"})
print(f.format(record()))
print(f.format(record(user="alice")))
f = logging.Formatter("{user} {message}", style="{", defaults={"user": "anon"})
print(f.format(record()))
f = logging.Formatter("$user $message", style="$", defaults={"user": "anon"})
print(f.format(record()))

# A field the record lacks.
for fmt, style in (("%(user)s %(message)s", "%"), ("{user} {message}", "{"),
                   ("$user $message", "$")):
    try:
        logging.Formatter(fmt, style=style).format(record())
    except ValueError as e:
        print(style, type(e).__name__, e)

# A $ placeholder that is not one.
f = logging.Formatter("${message} $", style="$", validate=False)
try:
    f.format(record())
except ValueError as e:
    print(type(e).__name__, e)

# Validation of the format string.
bad = [
    ("%(message)", "%"), ("no fields", "%"), ("{message", "%"),
    ("%(message)s", "{"), ("{}", "{"), ("{0}", "{"), ("{message!x}", "{"),
    ("{message:zz}", "{"), ("{a b}", "{"), ("{message", "{"), ("message}", "{"),
    ("{message!}", "{"), ("{message!r", "{"), ("{message!rx}", "{"), ("{{message}}", "{"),
    ("{message:{w}", "{"), ("{a{b}c}", "{"), ("{message!", "{"), ("x{", "{"),
    ("{message[0]}", "{"), ("{message.attr}", "{"), ("{message:>{width}}", "{"),
    ("{message:*^30,.2f}", "{"), ("{message:%}", "{"),
    ("$", "$"), ("$message $", "$"), ("no fields", "$"), ("$$", "$"), ("${message", "$"),
    ("$message", "$"), ("${message}", "$"),
    ("%(message)s", "#"),
]
for fmt, style in bad:
    try:
        f = logging.Formatter(fmt, style=style)
        print(repr(fmt), style, "ok", repr(f._fmt))
    except ValueError as e:
        print(repr(fmt), style, type(e).__name__, e)

# validate=False accepts anything; None and "" mean the default of the style.
print(repr(logging.Formatter("plain", validate=False).format(record())))
for style in "%{$":
    f = logging.Formatter(None, style=style)
    print(repr(f._fmt), repr(f.format(record())))
    print(repr(logging.Formatter("", style=style)._fmt))

# Message formatting errors surface from format().
r = record("%d items", ("many",))
try:
    logging.Formatter().format(r)
except TypeError as e:
    print(type(e).__name__, e)

# Style objects used directly.
s = logging.StrFormatStyle("{message}")
print(s.usesTime(), logging.StrFormatStyle("{asctime} {message}").usesTime())
print(logging.PercentStyle("%(asctime)s").usesTime(), logging.PercentStyle("%(message)s").usesTime())
print(logging.StringTemplateStyle("$asctime").usesTime(),
      logging.StringTemplateStyle("${asctime}").usesTime(),
      logging.StringTemplateStyle("$message").usesTime())
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter().usesTime())
