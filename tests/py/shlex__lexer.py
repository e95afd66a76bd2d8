# The shlex class: tokens, options, push_token, iteration.
import shlex

def tokens(lex):
    out = []
    while True:
        tok = lex.get_token()
        if tok == lex.eof:
            break
        out.append(tok)
    return out

text = 'name = "John Smith"; age=42 # a comment\nnext_line(x, y) \'quoted\' a.b-c'
print(tokens(shlex.shlex(text)))
print(tokens(shlex.shlex(text, posix=True)))
lex = shlex.shlex(text, posix=True)
lex.whitespace_split = True
print(tokens(lex))
print(list(shlex.shlex(text, punctuation_chars=True)))
print(list(shlex.shlex(text, posix=True, punctuation_chars=True)))
print(list(shlex.shlex("a && b || c; (d) > out.txt 2>&1 | e", punctuation_chars=True)))
print(list(shlex.shlex("a&&b||c;;d<<<e", posix=True, punctuation_chars="&|")))
lex = shlex.shlex("ls -l ~/dir/*.py;echo done", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
s = shlex.shlex("x", punctuation_chars="();")
print(s.punctuation_chars, s.wordchars)
print(shlex.shlex("x").wordchars)
print(shlex.shlex("x", posix=True).wordchars)

lex = shlex.shlex("one two three")
print(lex.get_token())
lex.push_token("pushed")
lex.push_token("again")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("one two", posix=True)
print(list(lex), lex.get_token(), lex.eof)
print(next(iter(shlex.shlex("first second"))))

lex = shlex.shlex("a\nb\n\n c # note\nd", posix=True)
while True:
    t = lex.get_token()
    print(repr(t), lex.lineno)
    if t is None:
        break

lex = shlex.shlex("key: value, other: 'x y'")
lex.wordchars += ":"
lex.quotes = "'"
print(list(lex))
lex = shlex.shlex("a%b%c d", posix=True)
lex.whitespace = "%"
print(list(lex))
lex = shlex.shlex("path/to/file; #not comment", posix=True)
lex.commenters = ""
lex.wordchars += "/"
print(list(lex))
lex = shlex.shlex("x ^y z^^", posix=True)
lex.escape = "^"
print(list(lex))
lex = shlex.shlex("'single \\ d' \"double \\\" \\x \\\\\"", posix=True)
print(list(lex))
lex = shlex.shlex("'a \\b' \"c \\d\"", posix=True)
lex.escapedquotes = "'\""
print(list(lex))
print(shlex.shlex("x", infile="conf.txt").error_leader(), shlex.shlex("x").error_leader("f", 7))
