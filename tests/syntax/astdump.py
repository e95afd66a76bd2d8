#!/usr/bin/env python3
"""Print CPython's `ast.dump(ast.parse(src), indent=2, include_attributes=True)` for each file
named on the command line, each followed by a line holding only "\\x00". A file CPython cannot
parse prints "ERROR: " and the exception instead. Used by the differential tests, which compare
`reap dump-ast --positions` with this, so CPython is started once for many files."""

import ast
import sys

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        src = f.read()
    try:
        print(ast.dump(ast.parse(src), indent=2, include_attributes=True))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        print("ERROR: %s: %s" % (type(e).__name__, e))
    print("\x00")
