# A script's own sys.excepthook receives the uncaught exception instead of the default printer.
import sys

def hook(exc_type, exc, tb):
    print("hooked:", exc_type.__name__, exc, file=sys.stderr)

sys.excepthook = hook
print("before")
raise ValueError("boom")
