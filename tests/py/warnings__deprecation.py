# A library function that is deprecated warns its callers (stacklevel=2); tests record the
# warnings with catch_warnings.
import warnings


def old_connect(host):
    warnings.warn("old_connect() is deprecated; use connect()", DeprecationWarning, stacklevel=2)
    return "connected to " + host


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(old_connect("db1"))
    print(old_connect("db2"))
print(len(caught))
for w in caught:
    print(type(w).__name__, w.category.__name__, w.message, type(w.message).__name__)
    print(str(w.message) == "old_connect() is deprecated; use connect()", w.file, w.line, w.source)
print(isinstance(caught[0].message, DeprecationWarning), caught[0].message.args)

# Turned into errors, as a test suite does to catch uses of deprecated APIs.
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        old_connect("db3")
    except DeprecationWarning as e:
        print("error:", type(e).__name__, e)

# Ignored: nothing recorded.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore", DeprecationWarning)
    old_connect("db4")
print(caught)

# A Warning instance as the message: its class is the category.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn(UserWarning("instance given"))
    warnings.warn(RuntimeWarning("category ignored"), DeprecationWarning)
    warnings.warn("default category")
    warnings.warn("with source", ResourceWarning, source=object())
print([(w.category.__name__, str(w.message)) for w in caught])
print(caught[3].source is not None)
