# A -W option that cannot be used is reported at start-up, even when the program never
# imports warnings, and the program runs on.
import subprocess
import sys

for option in ["ignore::NotAClass", "error::Foo.Bar", "bogus", "ignore", "always::DeprecationWarning:x:y:z",
               "default::Warning:mod:notanumber"]:
    p = subprocess.run([sys.executable, "-W", option, "-c", "print('ran')"], capture_output=True, text=True)
    print(option, "->", p.returncode, repr(p.stdout), repr(p.stderr))
