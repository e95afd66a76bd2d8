# Corners of formatting, the integer arguments of math, complex powers and argument checks
# that ordinary scripts meet.
import datetime
import logging.config
import math
import time

for spec in ['d', 'x', 'b', 'c', 'o', 'X']:
    for v in [float('inf'), float('nan'), 1.5]:
        try:
            print(spec, v, repr(format(v, spec)))
        except ValueError as e:
            print(spec, v, 'ValueError:', e)
print(format(1e16, '#'), format(5e-324, '#'), f'{1e300:#}', format(1.0, '#'), format(123.5, '#'), format(1e16, ''))


class N:
    def __index__(self):
        return 7


print(math.gcd(N(), 21), math.lcm(N(), 2), math.factorial(N()), math.comb(N(), 2), math.perm(N(), 2),
      math.isqrt(N()), math.gcd(), math.lcm())
for f in [lambda: math.gcd(1.5, 2), lambda: math.factorial(2.0), lambda: math.isqrt('9')]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)

print((2 + 3j) ** (0.5 - 1j), (1 + 1j) ** 0.5, (-8 + 0j) ** (1 / 3), 1j ** 2, (1 + 2j) ** -3)
for base, exp in [(1e200 + 1e200j, 2.5), (1e300 + 0j, 2.5), (10 + 0j, 1000)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print('OverflowError:', e)

for args, kwargs in [((), {}), ((1, 2), {}), ((), {'secs': 0})]:
    try:
        time.sleep(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

print(datetime.date(2024, 1, 1).strftime(format='%Y-%m'))
print(datetime.datetime(2024, 1, 1, 5, 6).strftime(format='%H:%M'), datetime.time(7, 8).strftime(format='%H.%M'))
print(datetime.datetime.fromtimestamp(timestamp=0, tz=datetime.timezone.utc))

try:
    logging.config.fileConfig('no_such_logging.ini')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)

for i in 5: pass
