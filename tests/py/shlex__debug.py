# The debug traces, and reading from a pushed source.
import shlex
lex = shlex.shlex('a "b c"', posix=True)
lex.debug = 3
print(list(lex))
lex = shlex.shlex("x y")
lex.debug = 1
lex.push_token("t")
print(lex.get_token(), lex.get_token())
lex = shlex.shlex("outer1 outer2")
print(lex.get_token())
lex.push_source("inner1 inner2", "inner.txt")
print(lex.infile, lex.get_token(), lex.error_leader())
print(lex.get_token(), lex.get_token(), lex.infile, repr(lex.get_token()))
