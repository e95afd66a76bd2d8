# getpass without a terminal to turn echo off on (a pipe, as here): the warning, then the
# line read from stdin; getuser() from the environment first.
import os
import warnings

import getpass

os.environ["LOGNAME"] = "reap-tester"
print(getpass.getuser())
del os.environ["LOGNAME"]
os.environ["USER"] = "second-choice"
print(getpass.getuser())
print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        getpass.getpass("Secret: ")
    except EOFError:
        print("EOFError at the end of stdin")
print([(w.category.__name__, str(w.message)) for w in caught])
