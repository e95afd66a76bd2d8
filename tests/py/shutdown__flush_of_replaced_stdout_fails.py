# At exit the interpreter flushes a script's replacement for sys.stdout; one without flush()
# is reported as an ignored exception and the exit status becomes 120, as CPython's.
import sys


class Upper:
    def write(self, s):
        return sys.__stdout__.write(s.upper())


sys.stdout = Upper()
print("hello")
