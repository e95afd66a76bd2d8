# Struct sequences (sys.version_info, os.stat_result, time.struct_time) are immutable: their
# fields are read-only members and no other attribute can be added. Builtin types' own
# members and computed attributes refuse change with CPython's two messages.
import os
import sys
import time

for obj, attr in [(sys.version_info, "major"), (sys.version_info, "foo"), (sys.float_info, "max"),
                  (os.stat("."), "st_size"), (os.stat("."), "st_mtime"), (time.localtime(), "tm_year")]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("set", attr, "->", e)
    try:
        delattr(obj, attr)
    except AttributeError as e:
        print("del", attr, "->", e)
print(type(sys.version_info).major)
print(sys.version_info.major, os.stat(".").st_size >= 0, time.localtime().tm_year > 2000)

for obj, attr in [(1j, "real"), (range(3), "start"), (slice(1), "stop"), (1, "real"),
                  (1, "numerator"), (str, "__mro__"), (ValueError(), "args")]:
    for op in ("set", "del"):
        try:
            setattr(obj, attr, 1) if op == "set" else delattr(obj, attr)
            print(op, attr, "ok")
        except (AttributeError, TypeError) as e:
            print(op, attr, "->", type(e).__name__, e)
