# Chained exceptions: __cause__ ("direct cause") and __context__ ("during handling").
import sys
import traceback


def parse(text):
    int(text)


def parse_port(text):
    try:
        parse(text)
    except ValueError as e:
        raise RuntimeError("bad port") from e


def cleanup():
    raise OSError("disk gone")


def handle():
    try:
        parse_port("http")
    except RuntimeError:
        cleanup()


try:
    handle()
except OSError as e:
    traceback.print_exc(file=sys.stdout)
    print("--- chain=False")
    traceback.print_exc(file=sys.stdout, chain=False)
    err = e

print("--- TracebackException")
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack))
print(te.__cause__, te.__context__.exc_type.__name__, te.__suppress_context__)
inner = te.__context__
print(inner.__cause__.exc_type.__name__, inner.__cause__._str)
print(te == traceback.TracebackException.from_exception(err))
print("".join(te.format(chain=False)), end="")
print(list(te.format_exception_only()))
te.print(file=sys.stdout, chain=False)

print("--- the same exception met twice is shown once")
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError:
            raise first
except ValueError as e:
    print(type(e.__context__).__name__)
    print("".join(traceback.format_exception(e)), end="")

print("--- from None suppresses the context")
try:
    try:
        {}["key"]
    except KeyError:
        raise LookupError("not found") from None
except LookupError as e:
    print(e.__suppress_context__)
    traceback.print_exception(e, file=sys.stdout)
