# PEP 263: a source file may declare its encoding in a comment on its first or second line.
import os
import sys
import tempfile
import traceback

folder = tempfile.mkdtemp()
sys.path.insert(0, folder)


def write(name, data):
    with open(os.path.join(folder, name + ".py"), "wb") as f:
        f.write(data)


# Emacs style on the first line, Latin-1 bytes in a string and a comment.
write("legacy_latin1", b"# -*- coding: latin-1 -*-\n# caf\xe9\nNAME = 'Jos\xe9'\n")
# Vim style on the second line, under a shebang; Windows-1252's curly quotes and euro sign.
write(
    "legacy_cp1252",
    b"#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\n"
    b"PRICE = '\x80 5 \x93each\x94'\n"
    b"def fail():\n    raise ValueError('\x80uro')  # \x93why\x94\n",
)
# The declaration may say utf-8 in any spelling.
write("spelled_utf8", "# coding=UTF_8\nWORD = 'na\u00efve'\n".encode("utf-8"))

import legacy_latin1
import legacy_cp1252
import spelled_utf8

print(legacy_latin1.NAME, len(legacy_latin1.NAME), hex(ord(legacy_latin1.NAME[-1])))
print(legacy_cp1252.PRICE, [hex(ord(c)) for c in legacy_cp1252.PRICE if ord(c) > 127])
print(spelled_utf8.WORD)

# The traceback shows the line as the declared encoding reads it.
try:
    legacy_cp1252.fail()
except ValueError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(line.replace(folder, "<folder>") for line in lines))

# A declaration on the third line, or under a line of code, is no declaration.
for name, data in [
    ("third_line", b"\n\n# coding: latin-1\nx = '\xe9'\n"),
    ("under_code", b"x = 1\n# coding: latin-1\ny = '\xe9'\n"),
    ("unknown", b"# coding: klingon\nx = 1\n"),
    ("not_ascii", b"# coding: ascii\nx = '\xc3\xa9'\n"),
    ("bom_and_latin1", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"),
    ("utf16", b"# coding: utf-16\nx = 1\n"),
]:
    write(name, data)
    try:
        __import__(name)
        print(name, "imported")
    except SyntaxError as e:
        print(name, "SyntaxError:", str(e).replace(folder, "<folder>"))

# Source as bytes is decoded the same way by exec, eval and compile.
exec(b"# coding: latin-1\ns = '\xe0 la carte'\nprint(s, len(s))\n")
print(eval(b"# coding: cp1252\n'\x80'"))
code = compile(b"# -*- coding: iso-8859-15 -*-\nprint('\xa4')\n", "<bytes>", "exec")
exec(code)
exec(bytearray(b"print('from a bytearray')"))
print(eval(memoryview(b"6 * 7")))

# Run as a script, a file is read by the tokenizer itself, whose words differ from compile()'s.
import subprocess

write("script_latin1", b"#!/usr/bin/env python3\n# -*- coding: latin-1 -*-\nprint('gar\xe7on')\n")
for name in ["script_latin1", "third_line", "unknown", "not_ascii", "bom_and_latin1", "utf16"]:
    run = subprocess.run([sys.executable, os.path.join(folder, name + ".py")], capture_output=True)
    print(name, run.returncode, run.stdout.decode(), run.stderr.decode().replace(folder, "<folder>"), end="")
