# An uncaught custom exception with a custom __str__.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return "invalid %s: %r" % (self.field, self.value)

def validate(age):
    if age < 0:
        raise ValidationError("age", age)
    return age

print(validate(5))
validate(-1)
