# help() of builtins names them as pydoc does: "built-in function" (with "method of X
# instance" when bound), or the descriptor's type (method_descriptor...), with the signature
# CPython's __text_signature__ gives, the receiver shown while unbound. (Reap's builtins carry
# no docstrings: the indented documentation lines are left out here.)
import contextlib
import io
import math

for obj in (len, math.sqrt, [].append, (1).__add__, str.join, int.__add__, dict.fromkeys,
            dict.__dict__["fromkeys"], iter([]).__next__, list.__len__):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        help(obj)
    print("\n".join(line for line in out.getvalue().splitlines() if not line.startswith("    ")))
