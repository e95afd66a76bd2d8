# isinstance checks against the built-in exception hierarchy.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)

for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError,
            UnboundLocalError, RecursionError, StopIteration, KeyboardInterrupt,
            SystemExit, NotImplementedError, ModuleNotFoundError, UnicodeDecodeError]:
    print(chain(cls))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), IndexError))
print(issubclass(bool, int), issubclass(SystemExit, Exception))
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
print(issubclass(TimeoutError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError("nope")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)
