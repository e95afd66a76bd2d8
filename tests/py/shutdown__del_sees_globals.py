# A global's __del__ at exit still sees every other global bound, defined before or after it.
class Reporter:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees first:", first_value, "last:", last_value)


first_value = "first"
reporter = Reporter("reporter")
last_value = "last"
print("end of script")
