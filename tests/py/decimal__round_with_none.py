# round(d) and round(d, None) give an int; d.__round__(None) called by hand is refused, as
# CPython's C decimal does.
from decimal import Decimal

d = Decimal('2.5')
print(round(d), round(d, None), round(d, 0), round(Decimal('1.2345'), 2), d.__round__())
for bad in (None, 1.0, '1'):
    try:
        d.__round__(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
