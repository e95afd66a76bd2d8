# sys.set_int_max_str_digits: int <-> decimal str conversions beyond the limit raise CPython's
# ValueError (str, repr, %d, format, f-strings; int() of a long string), other bases do not;
# and a left shift to an impossible size raises MemoryError or OverflowError.
import sys
for s in ['1'*5000+'x', ' '+'1'*4301, '1'*4301+'.5', '-'+'0'*4301, '1_'*4301, '1'*4300, '1_1'*2200, '+' + '9'*4300]:
    try: print(len(str(int(s))))
    except ValueError as e: print(str(e)[:150])
print(int('1'*5000, 16) % 1000, int('0x' + '1'*5000, 0) % 1000, int('1'*5000, 2) % 1000)
try: int('1'*5000, 7)
except ValueError as e: print(str(e)[:120])
for src in ['str(10**4300)', 'str(10**4299)', 'str(-10**4299)', 'repr(2**20000)', "'%d' % 10**4300", "f'{10**4300}'", "f'{10**4300:,}'", "format(10**4300, 'x')[:5]", "hex(10**4300)[:5]", "'%x' % 10**4300", "str(10**100000)", "str(-(10**100000))"]:
    try: print(src, len(eval(src)))
    except ValueError as e: print(src, e)
try: sys.set_int_max_str_digits(maxdigits=639)
except ValueError as e: print(e)
sys.set_int_max_str_digits(maxdigits=641); print(sys.get_int_max_str_digits())
try: str(10**641)
except ValueError as e: print(e)
print(len(str(10**640)))
for bad in [-1, 'a', 640, 2**40]:
    try: sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError, OverflowError) as e: print(type(e).__name__, e)
try: sys.set_int_max_str_digits()
except TypeError as e: print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), int('7' * 5000) % 10, sys.get_int_max_str_digits())
print(10**5000 > 0)
for src in ["'%10000000000000s' % 'a'", "'%99999999999999999999s' % 'a'", "'%10000000000000d' % 1", "'%.10000000000000f' % 1.0", "'%.99999999999999999999s' % 'a'", "format(1.5, '.10000000000000f')", "format(1.5, '.99999999999999999999f')", "format('a', '.10000000000000')", "format('a', '10000000000000')", "format('a', '99999999999999999999')", "'{:10000000000000}'.format(1)", "format(1, '10000000000000d')", "'%5s|%-4d|%.2f' % ('ab', 3, 1.5)"]:
    try: print(src, repr(eval(src)))
    except (ValueError, MemoryError) as e: print(src, type(e).__name__, e)
for src in ['1 << 2**40', '1 << 2**63', '1 << 2**64', '0 << 2**64', '5 >> 2**70', '-5 >> 2**70', '-1 << 100', '3 << 0', '1 << -1', '(2**100) << 3', 'True << 70', '1 << 10**20']:
    try: print(src, eval(src))
    except (MemoryError, ValueError, OverflowError) as e: print(src, type(e).__name__, e)
