# Wrapping the help text of a command-line tool, as argparse-like code does.
import textwrap

options = [
    ("-v, --verbose", "Print every file as it is processed, together with its size and "
     "the time it took; repeat the option (-vv) for even more detail."),
    ("-o FILE, --output=FILE", "Write the report to FILE instead of standard output. "
     "The file is created if it does not exist, and overwritten otherwise."),
    ("--exclude=PATTERN", "Skip files whose names match PATTERN (a shell-style wild-card "
     "such as '*.tmp'); may be given several times."),
    ("-h", "Show this message and exit."),
]
for width in (79, 60, 40):
    print("=" * width)
    for name, text in options:
        body = textwrap.wrap(text, width - 26)
        first = body[0] if body else ""
        print("  %-22s  %s" % (name, first) if len(name) <= 22 else "  " + name)
        if len(name) > 22:
            print(" " * 26 + first)
        for line in body[1:]:
            print(" " * 26 + line)

description = """\
    reap-tool walks a directory tree and summarises what it finds: how many files of each
    kind, their total size, and the largest ones.  It never modifies anything.

    Files are grouped by extension; use --exclude to leave some out.
"""
for para in textwrap.dedent(description).split("\n\n"):
    print(textwrap.fill(para, width=50, initial_indent="| ", subsequent_indent="| "))
    print("|")

w = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="  ")
for item in ["Install the package with pip, then run the self-test.",
             "Configuration lives in ~/.config/reap-tool/settings.toml.",
             "Report bugs on the issue tracker."]:
    print(w.fill(item))
print(repr(textwrap.fill("The quick brown fox jumps over the lazy dog. " * 3, 25)))
