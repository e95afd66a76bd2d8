# except* syntax errors, with CPython's messages and positions.

sources = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept *ValueError:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept *TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "try:\n    pass\nexcept* ValueError:\n    continue\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        if x:\n            return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return a + b\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        except KeyError:\n            return\n",
    "try:\n    pass\nexcept* ValueError:\n    for a in b:\n        break\n    while c:\n        continue\n    def g():\n        return 3\n    class C:\n        pass\n",
    "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiles")
    except SyntaxError as e:
        # (The text of errors found after parsing is the file's line in CPython, here none.)
        print(f"{e.msg} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")


