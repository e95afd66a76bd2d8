# Custom exception hierarchies.
class AppError(Exception):
    """Base error."""

class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name

class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value

    def __str__(self):
        return "%s=%r is invalid" % (self.field, self.value)

for exc in [NotFound("x.txt"), Invalid("age", -1), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e.name, str(e), e.args)
    except AppError as e:
        print("AppError", type(e).__name__, str(e), e.args)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception))
print([c.__name__ for c in NotFound.__mro__])
