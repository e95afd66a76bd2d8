# Errors.
import textwrap

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(textwrap.wrap, "hello world", 0)
attempt(textwrap.wrap, "hello world", -5)
attempt(textwrap.fill, "", 0)
attempt(textwrap.wrap, "hello world", 5, max_lines=1, placeholder=" [......]")
attempt(textwrap.wrap, "hello world", 6, max_lines=2, subsequent_indent="    ")
attempt(textwrap.shorten, "hello world", 3)
attempt(textwrap.shorten, "hello world", 6)
attempt(textwrap.wrap, "hello", 10, bogus=True)
attempt(textwrap.TextWrapper, 10, "", "", True, True, False, True, True, True, 8, 3)
attempt(textwrap.wrap, None)
attempt(textwrap.dedent, None)
attempt(textwrap.indent, "x", None)
print(textwrap.__all__)
