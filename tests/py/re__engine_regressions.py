# Patterns on which the matching engine (rustpython-sre_engine) looped for ever or failed
# before the fixes in vendor/sre_engine/: lazy repeats of groups holding repeats, and
# possessive repeats and atomic groups under fullmatch.
import re

print(re.fullmatch(r"(?:a|(?:)*)*?", "aA"), re.fullmatch(r"(?:a|(?:)*)*?", "aa"))
print(re.fullmatch(r"(\W|(){,2})*?", "  A"), re.fullmatch(r"(?:x(?:ab)+y)*?z", "xababyz"))
print(re.match(r"(?:(?:ab)+,)*?end", "ab,abab,end"), re.search(r"(?:(\d+)-)*?x", "1-22-x"))
print(re.fullmatch(r"(?:ab)++c", "ababc"), re.fullmatch(r"(?:ab)*+", "abab"))
print(re.fullmatch(r"(?>ab|a)c", "abc"), re.fullmatch(r"(?>a+)", "aaa"), re.fullmatch(r"a(?>b+)", "abb"))
print(re.sub(r"(?:x|(?:y)*)*?", "-", "xyz"), re.findall(r"(?>a|ab)+?", "abab"))
