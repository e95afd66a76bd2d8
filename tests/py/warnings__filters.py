# The filters list and its actions, with warn_explicit (an explicit file, line and registry).
import sys
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", filename, lineno, category.__name__, message)


warnings.showwarning = show
registry = {}


def emit(text, lineno=1, category=UserWarning, module="app", filename="app.py"):
    warnings.warn_explicit(text, category, filename, lineno, module=module, registry=registry)


print("--- default: once per (text, category, line) in a registry")
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("default")
emit("a")
emit("a")
emit("a", lineno=2)
emit("b")
print(sorted(k for k in registry if k != "version"))

print("--- always")
warnings.simplefilter("always")
emit("a")
emit("a")

print("--- module: once per module file")
warnings.simplefilter("module")
emit("m", lineno=1)
emit("m", lineno=2)
emit("m", lineno=3, module="other")

print("--- once: once anywhere")
warnings.simplefilter("once")
emit("o", lineno=1)
emit("o", lineno=2, module="other")
warnings.warn_explicit("o", UserWarning, "x.py", 9)
print(warnings.onceregistry)

print("--- ignore and error")
warnings.simplefilter("ignore", UserWarning)
emit("quiet")
warnings.simplefilter("error", RuntimeWarning)
try:
    emit("loud", category=RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)

print("--- filterwarnings: message (case-insensitive, from the start) and module patterns")
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="noisy")
warnings.filterwarnings("error", module=r"strict\.")
emit("Noisy output")
emit("not noisy")
try:
    emit("anything", module="strict.core")
except UserWarning as e:
    print("raised", e)
emit("anything", module="lenient.strict.core")
warnings.filterwarnings("ignore", category=DeprecationWarning, lineno=7)
emit("old", lineno=7, category=DeprecationWarning)
emit("old", lineno=8, category=DeprecationWarning)
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2].__name__, warnings.filters[0][4])

print("--- append, and a repeated filter moves to the front")
warnings.resetwarnings()
warnings.simplefilter("ignore", append=True)
warnings.simplefilter("error", UserWarning, append=True)
warnings.simplefilter("ignore", append=True)
print([(f[0], f[2].__name__) for f in warnings.filters])
warnings.simplefilter("error", UserWarning)
print([(f[0], f[2].__name__) for f in warnings.filters])

print("--- no filter matches: defaultaction")
warnings.resetwarnings()
registry.clear()
emit("fallback")
emit("fallback")
warnings.defaultaction = "ignore"
emit("fallback 2")
warnings.defaultaction = "default"

print("--- registry is reset when the filters change")
emit("again")
emit("again")
warnings.simplefilter("default")
emit("again")

print("--- an unknown action in the list")
warnings.filters.insert(0, ("shout", None, Warning, None, 0))
try:
    emit("x")
except RuntimeError as e:
    print(type(e).__name__, e)
