# Logging a caught exception: format_exc / print_exc, as an application's error handler does.
# (Frames end in a bare call or a raise, so CPython prints no caret lines that Reap cannot.)
import sys
import traceback


class ConfigError(Exception):
    pass


def read_setting(settings, name):
    if name not in settings:
        raise ConfigError(f"missing setting {name!r}")


def load(settings):
    read_setting(settings, "port")


log = []
try:
    load({"host": "localhost"})
except ConfigError:
    log.append("ERROR while loading:\n" + traceback.format_exc())
print(log[0], end="")

# print_exc writes the same text to a file (stderr by default).
try:
    load({})
except ConfigError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc()
    traceback.print_exc(limit=1, file=sys.stdout)
    print(repr(traceback.format_exc(limit=0)))

# Outside any handler there is nothing to show.
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)

# The pieces: format_exception, format_tb, format_exception_only.
try:
    load({})
except ConfigError as e:
    err = e
parts = traceback.format_exception(err)
print(len(parts), parts[0], end="")
print(parts == traceback.format_exception(type(err), err, err.__traceback__))
print("".join(traceback.format_tb(err.__traceback__)), end="")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
traceback.print_tb(err.__traceback__, limit=1, file=sys.stdout)
traceback.print_exception(err, limit=-1, file=sys.stdout)
traceback.print_exception(type(err), err, None, file=sys.stdout)
