# strptime: the directives of CPython's _strptime, C locale.
from datetime import datetime

def show(s, f):
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), type(e).__name__, e)

show('2024-05-06 13:08:09', '%Y-%m-%d %H:%M:%S')
show('2024-05-06 13:08:09.5', '%Y-%m-%d %H:%M:%S.%f')
show('06/05/24 1:08 pm', '%d/%m/%y %I:%M %p')
show('Monday, 6 May 2024', '%A, %d %B %Y')
show('mon 6 may 2024', '%a %d %b %Y')
show('Mon May  6 13:08:09 2024', '%c')
show('05/06/24', '%x')
show('13:08:09', '%X')
show('2024 127', '%Y %j')
show('2024 18 1', '%Y %U %w')
show('2024 18 1', '%Y %W %w')
show('2024 19 1', '%G %V %u')
show('2020 53 7', '%G %V %u')
show('2024 0 0', '%Y %W %w')
show('20240506T130809', '%Y%m%dT%H%M%S')
show('112', '%d%m')
show('2024\t\n 5', '%Y %m')
show('12 am', '%I %p')
show('12 PM', '%I %p')
show('1', '%I')
show('68', '%y')
show('69', '%y')
show('feb 29', '%b %d')
show('5%', '%d%%')
show('a.b(c)[d]', 'a.b(c)[d]')
show('T', 't')
show('', '')
for z in ['+0130', '-01:30', '+01:30:15', '-013015.5', 'Z', '+0000', '-00:00:00.000001', '+2359', '+2400']:
    show('2024-05-06 ' + z, '%Y-%m-%d %z')
show('2024 UTC', '%Y %Z')
show('2024 +0000 GMT', '%Y %z %Z')
show('2024 +0100 utc', '%Y %z %Z')
show('2024 +01:0030', '%Y %z')

# Errors
show('2024', '%Y %')
show('2024', '%')
show('2024', '%Q')
show('2024', '%Y% d')
show('2024', '%Y%.')
show('2024x', '%Y')
show('x', '%Y')
show('2024\n', '%Y')
show('2021-02-29', '%Y-%m-%d')
show('2024 13', '%Y %m')
show('0000', '%Y')
show('2024', '%G')
show('2024 5', '%Y %V')
show('2024 5 1', '%Y %V %u')
show('2024 5 1 4', '%G %V %u %j')
show('2021 366', '%Y %j')
show('99999', '%Y')
for a, b in [(1, '%Y'), ('2024', None)]:
    try:
        datetime.strptime(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
