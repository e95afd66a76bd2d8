"""`reap -m unittest [options] [tests]`: runs the tests named, or those discovery finds."""

import os
import sys

# The program name the usage and help show, as CPython's: the interpreter's, then the module.
sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

__unittest = True

from unittest import main

main(module=None)
