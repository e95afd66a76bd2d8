# Text: str() and repr() in scientific notation, to_eng_string(), capitals, and format()
# with fill, alignment, sign, zero padding, width, grouping, precision and the types.
from decimal import Decimal, getcontext, localcontext, Context, ROUND_DOWN, ROUND_CEILING

D = Decimal
values = ['0', '-0', '0.00', '0E+3', '0E-7', '1', '-1.5', '123.456', '1E+5', '1.23E+5', '12.3E-9',
          '0.000001', '0.0000001', '-1234567.891', '1E+100', '9.99E-100', 'NaN', '-NaN12', 'sNaN3',
          'Infinity', '-Infinity', '100', '1.000E+3', '0.1E-5']

for v in values:
    d = D(v)
    print('%-14s %-22s %-18s %s' % (v, repr(d), str(d), d.to_eng_string()))
with localcontext(capitals=0):
    print(str(D('1E+5')), repr(D('-1.5E-10')), D('123E+10').to_eng_string(), format(D('1e10'), ''),
          format(D('1e10'), 'G'), str(D('inf')))
print(getcontext().to_sci_string(D('123E+4')), getcontext().to_eng_string(123456), Context(capitals=0).to_sci_string(D('1E+9')))

specs = ['', 'f', 'F', '.2f', '.0f', ',.2f', '>12', '<12', '^12', '*^14.3f', '=+12.1f', '012.3f', '010', '+', ' ',
         '-', 'e', 'E', '.3e', '.0e', 'g', 'G', '.3g', '.10g', '%', '.1%', '.0%', 'n', '.3n', ',', ',g', ',e',
         '015,.2f', '.5', '020,', 'z.1f', 'z', '+z.2f', '>+10.1e', '#', '_', ',_', 'x', 'd', '.2x', '0<5', '1.1.1']
for v in ['1234567.891', '-0.0001234', '0', '-0', '2.5', '1E+10', '-Infinity', 'NaN', '-0.004', '99.995']:
    d = D(v)
    out = []
    for spec in specs:
        try:
            out.append('%s=%r' % (spec, format(d, spec)))
        except (ValueError, TypeError) as e:
            out.append('%s!%s' % (spec, e))
    print(v)
    for i in range(0, len(out), 6):
        print('   ', '  '.join(out[i:i + 6]))

print(f'{D("3.14159"):.3f} {D("-42"):+06} {D("1234.5"):,} {D("0.5"):.0%} {D("1e-7")}')
print('{0:>10.4} {0:<10.2e} {0:^+12,.1f}'.format(D('-31415.9265')))
print('%s %r %.2f' % (D('1.5'), D('1.5'), D('1.555')))
with localcontext(rounding=ROUND_DOWN):
    print(format(D('2.675'), '.2f'), format(D('-2.675'), '.2f'), format(D('9.99'), '.1e'))
with localcontext(rounding=ROUND_CEILING):
    print(format(D('-0.001'), 'z.1f'), format(D('-0.001'), 'z.1F'), format(D('-0.001'), '.1f'))
for bad in [5, None, b'f']:
    try:
        D(1).__format__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(D('1.5').__format__('>8', {'decimal_point': ',', 'thousands_sep': '.'}))
