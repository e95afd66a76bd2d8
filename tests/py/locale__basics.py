# The locale module in the C and C.UTF-8 locales: settings, conventions and
# number formatting as the docs show them.
import locale

print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, 'POSIX'))
print(locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.getencoding(), locale.getpreferredencoding(False))
print(locale.setlocale(locale.LC_NUMERIC, 'C'))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
print(locale.setlocale(locale.LC_ALL, 'C.utf8'), locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL, 'C'))

for name in ('de_DE.UTF-8', 'xx_YY', 'klingon'):
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print('TypeError', e)

conv = locale.localeconv()
for key in sorted(conv):
    print(key, repr(conv[key]))

print(locale.format_string('%d', 1234567, grouping=True))
print(locale.format_string('%.2f', 1234567.891, grouping=True))
print(locale.format_string('%s scored %5.1f%% (%d/%d)', ('Ann', 87.456, 35, 40)))
print(locale.format_string('%(name)s: %(value).3f', {'name': 'pi', 'value': 3.14159}))
print(repr(locale.format_string('%.2f', 1.5, monetary=True)))
print(locale.format_string('%*d|', (6, 42)))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(2.0))
print(locale.atof('3.25'), locale.atof('1e3'), locale.atoi('-42'), locale.atof('7', int))
print(locale.delocalize('1234.5'), locale.localize('1234.5'), locale.localize('1234.5', grouping=True))
try:
    locale.atoi('1,000')
except ValueError as e:
    print('ValueError', e)
try:
    locale.currency(1234.5)
except ValueError as e:
    print('ValueError', e)

for name in ('C', 'POSIX', 'en_US', 'de_DE.utf8', 'en', 'EN_us.Utf8', 'fr_FR@euro', 'pt_BR', 'xx_YY', 'C.UTF-8'):
    print(repr(name), '->', repr(locale.normalize(name)))

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair']
print(sorted(words, key=locale.strxfrm))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('same', 'same'))
import functools
print(sorted(words, key=functools.cmp_to_key(locale.strcoll)))

print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.DAY_1),
      locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.RADIXCHAR))

print(locale.format_string('%d', (1, 2)))
try:
    locale.format_string('%d %d', (1,))
except IndexError as e:
    print('IndexError', e)
