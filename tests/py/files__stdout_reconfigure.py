# sys.stdout.reconfigure: another encoding (and its error handler) for what print writes
# from then on, line buffering, and its argument checks.
import sys

sys.stdout.reconfigure(encoding='ascii')
print(sys.stdout.encoding, sys.stdout.errors)
print('plain text')
try:
    print('café')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e.reason, e.start)
sys.stdout.reconfigure(errors='backslashreplace')
print('café ☃', sys.stdout.errors)
sys.stdout.write('written ☃\n')
sys.stdout.reconfigure(encoding='utf-8', errors='strict', line_buffering=True)
print('back ☃', sys.stdout.line_buffering, sys.stdout.encoding)
for bad in [dict(encoding='nope'), dict(encoding=5)]:
    try:
        sys.stdout.reconfigure(**bad)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure('utf-8')
except TypeError as e:
    print('TypeError', e)
