# An exception in a global's __del__ during shutdown is reported on stderr; the exit status stays 0.
class Bad:
    def __del__(self):
        print("Bad.__del__ at exit")
        raise RuntimeError("del failed at exit")


class Good:
    def __del__(self):
        print("Good.__del__ at exit")


bad = Bad()
good = Good()
print("end of script")
