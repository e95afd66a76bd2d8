# Error handlers: the builtin ones by name, and handlers of one's own
# registered with register_error, as the codecs docs describe them.
import codecs

for name in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace'):
    handler = codecs.lookup_error(name)
    print(name, handler.__name__, callable(handler))

try:
    codecs.lookup_error('no-such-handler')
except LookupError as e:
    print('LookupError', e)

exc = UnicodeEncodeError('ascii', 'a€b', 1, 2, 'ordinal not in range(128)')
print(codecs.replace_errors(exc), codecs.ignore_errors(exc))
print(codecs.backslashreplace_errors(exc), codecs.xmlcharrefreplace_errors(exc))
print(codecs.namereplace_errors(exc))
dexc = UnicodeDecodeError('utf-8', b'a\xffb', 1, 2, 'invalid start byte')
print(codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc))
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as e:
    print('strict raised', e)
try:
    codecs.xmlcharrefreplace_errors(dexc)
except TypeError as e:
    print('TypeError', e)


def question_marks(exc):
    return ('[?%d]' % (exc.end - exc.start), exc.end)


def hex_bytes(exc):
    bad = exc.object[exc.start:exc.end]
    return ('<' + bad.hex() + '>', exc.end)


codecs.register_error('question', question_marks)
codecs.register_error('hexbytes', hex_bytes)
print(codecs.lookup_error('question') is question_marks)
print(codecs.encode('naïve café ☕', 'ascii', 'question'))
print(codecs.decode(b'ok \xff\xfe ok \xc3', 'utf-8', 'hexbytes'))
print(codecs.getencoder('latin-1')('Ω and ω', 'question'))

try:
    codecs.register_error('bad', 42)
except TypeError as e:
    print('TypeError', e)
try:
    codecs.encode('é', 'ascii', 'nonexistent')
except LookupError as e:
    print('LookupError', e)
