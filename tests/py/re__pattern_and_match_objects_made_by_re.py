# re.Pattern and re.Match are made only by compiling and matching; a Match cannot be pickled
# (copying gives it back), a Pattern pickles to re.compile's arguments.
import re, pickle, copy
m = re.match('a(b)?', 'ab')
for f in (pickle.dumps, copy.copy, copy.deepcopy):
    try:
        r = f(m)
        print(f.__name__, r is m if f is not pickle.dumps else type(r).__name__)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
p = re.compile(r'(?P<x>\d+)', re.I)
q = pickle.loads(pickle.dumps(p))
print(q is p, q.pattern, q.flags == p.flags, q.groupindex, copy.deepcopy(p) is p)
print(re.Pattern[str], re.Match[bytes], isinstance(p, re.Pattern), type(m) is re.Match)
print(m.group(1), m[0], m.span(1), m.re is re.compile('a(b)?'))
