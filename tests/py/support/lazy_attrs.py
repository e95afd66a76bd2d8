"""A module with a PEP 562 __getattr__, for modules__module_getattr.py."""


def __getattr__(name):
    if name == "ANSWER":
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
