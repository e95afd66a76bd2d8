# dedent() and indent().
import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent("""\
    def hello():
        print("hi")

    hello()
"""))
show(textwrap.dedent("  a\n    b\n  c"))
show(textwrap.dedent("\ta\n\tb"))
show(textwrap.dedent("\ta\n    b"))            # tab and spaces: no common margin
show(textwrap.dedent("  \ta\n  \t b\n  c"))
show(textwrap.dedent("   \n  x\n    \n  y\n"))  # whitespace-only lines are emptied
show(textwrap.dedent("x\n  y"))
show(textwrap.dedent(""))
show(textwrap.dedent("\n\n"))
show(textwrap.dedent("   "))
show(textwrap.dedent("  a\r\n  b\r\n"))
show(textwrap.dedent("    one\n  two\n      three"))

show(textwrap.indent("first\nsecond\n\nthird\n", "> "))
show(textwrap.indent("first\nsecond\n\nthird", "  ", lambda line: True))
show(textwrap.indent("a\n  \nb\r\nc\rd", "+"))
show(textwrap.indent("keep\nskip me\nkeep", "# ", lambda line: not line.startswith("skip")))
show(textwrap.indent("", "> "))
code = "if x:\n    return 1\nelse:\n    return 2\n"
show(textwrap.indent(textwrap.dedent(textwrap.indent(code, "\t")), "    "))
