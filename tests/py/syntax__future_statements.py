# Future statements: only at the start of a module (after its docstring), naming features
# 3.11 knows; CPython's messages and positions for each misplaced or unknown one.
srcs = ['x = 1; from __future__ import nonsense', 'import os\nfrom __future__ import annotations',
        'if 1:\n    from __future__ import annotations', 'from __future__ import braces',
        'from __future__ import division, nonsense', '"""d"""\nfrom __future__ import (division,\n   nonsense)',
        'x=1\nfrom __future__ import braces', 'from __future__ import *', 'from __future__ import annotations as a',
        '"doc"\nfrom __future__ import annotations\nfrom __future__ import division\nx=1',
        'from __future__ import annotations; from __future__ import division',
        'from __future__ import annotations\ndef f():\n    from __future__ import division',
        '"a"\n"b"\nfrom __future__ import division', '1\nfrom __future__ import division',
        'from __future__ import generator_stop, barry_as_FLUFL']
for src in srcs:
    try:
        compile(src, 'f', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '|', e.msg, e.lineno, e.offset, e.end_lineno)
