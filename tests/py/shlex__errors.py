# Errors and edge cases.
import shlex

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(shlex.split, 'echo "unterminated')
attempt(shlex.split, "echo 'unterminated")
attempt(shlex.split, "echo trailing\\")
attempt(shlex.split, 'echo "escaped at end\\')
attempt(shlex.split, 'echo "unterminated', posix=False)
attempt(shlex.split, "echo trailing\\", posix=False)
attempt(shlex.split, "a 'b' \"c\"", posix=False)
attempt(shlex.split, "a'b'c \"d\"e f\\ g")
attempt(shlex.split, '""')
attempt(shlex.split, "''  ''")
attempt(shlex.split, '"" x', posix=False)
attempt(shlex.split, "# just a comment", comments=True)
attempt(shlex.split, "a#b c # d", comments=True)
attempt(shlex.split, "a#b c # d", comments=True, posix=False)
attempt(shlex.split, 42)
attempt(shlex.quote, 42)
attempt(shlex.quote, b"x")
attempt(shlex.join, ["a", 1])
lex = shlex.shlex('ok "broken')
print(lex.get_token())
attempt(lex.get_token)
lex = shlex.shlex('x', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.state)
lex = shlex.shlex("a b")
print(repr(lex.eof), list(lex), repr(lex.get_token()))
