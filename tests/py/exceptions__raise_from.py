# raise ... from ... sets __cause__; implicit chaining sets __context__.
class ConfigError(Exception):
    pass

def load():
    try:
        {}["key"]
    except KeyError as e:
        raise ConfigError("missing key") from e

try:
    load()
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__)
    print(e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
