# `python -m unittest` as a project runs it: discovery of test*.py modules in the current
# directory and its packages (a module that fails to import is an error, a directory without
# __init__.py is not searched), `discover` with -s/-p/-t or positionals, test names, -k, help,
# and a built-in package without __main__ refused as CPython refuses it.
import os
import re
import subprocess
import sys
import tempfile

PROG = os.path.basename(sys.executable)

FILES = {
    "calc.py": "def add(a, b):\n    return a + b\n",
    "test_top.py": "import unittest\n\nclass Top(unittest.TestCase):\n    def test_top(self):\n        pass\n",
    "tests/__init__.py": "",
    "tests/test_calc.py": (
        "import unittest\nfrom calc import add\n\n"
        "class TestAdd(unittest.TestCase):\n"
        "    def test_ints(self):\n        self.assertEqual(add(1, 2), 3)\n"
        "    def test_strs(self):\n        self.assertEqual(add('a', 'b'), 'ab')\n"
        "    def test_wrong(self):\n        self.assertEqual(add(1, 1), 3)\n"
    ),
    "tests/test_broken.py": "import no_such_module_here\n",
    "tests/sub/__init__.py": "",
    "tests/sub/test_more.py": (
        "import unittest\n\nclass More(unittest.TestCase):\n"
        "    def test_one(self):\n        pass\n"
        "    @unittest.skip('not now')\n    def test_later(self):\n        pass\n"
    ),
    "tests/loose/test_hidden.py": "import unittest\n\nclass Hidden(unittest.TestCase):\n    def test_h(self):\n        pass\n",
}


def shown(text, root):
    """The output with what differs between interpreters left out: the program's name, the
    time taken, and the frames of unittest's own files in an import failure's traceback."""
    out, skipping = [], False
    for line in text.splitlines():
        if line.startswith('  File "') and ('unittest' in line or '<frozen' in line or '<reap:' in line):
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        line = line.replace(PROG + " -m unittest", "PROG").replace(root, "ROOT")
        out.append(re.sub(r"in \d+\.\d+s", "in Xs", line))
    return "\n".join(out)


with tempfile.TemporaryDirectory() as root:
    for name, text in FILES.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    env = dict(os.environ, COLUMNS="200")
    for args in (["-v"], [], ["discover", "-s", "tests", "-p", "test_m*.py", "-v"],
                 ["discover", "tests", "test_c*.py"], ["-v", "tests.test_calc.TestAdd.test_ints"],
                 ["-k", "ints"], ["discover", "-p"], ["discover", "-s", "nowhere"],
                 ["discover", "-h"]):
        p = subprocess.run([sys.executable, "-m", "unittest", *args], cwd=root, env=env,
                           capture_output=True, text=True)
        print("$ -m unittest", " ".join(args), "->", p.returncode)
        print(shown(p.stdout + p.stderr, os.path.realpath(root)))
    for package in ("json", "logging"):
        p = subprocess.run([sys.executable, "-m", package], capture_output=True, text=True)
        print(package, p.returncode, p.stderr.replace(sys.executable, "PYTHON").strip())
