# format() of complex numbers as CPython's (both parts as floats, the imaginary one signed,
# parentheses without a type); float's '#' keeps the point, 'n' is 'g' in the C locale.
for z in [1.5+2j, 2j, -2j, complex(-0.0, 1), 1+0j, complex(1e20, -1e-5), complex(float('inf'), float('nan')), 123456.789-9876.5j]:
    row = []
    for spec in ["", "10", "<20", "^20", ".2f", ".3", "+.1e", "g", "G", ".0f", ",.2f", "*>25.3g", " .2f", "f", "e", "#g", "n"]:
        try:
            row.append(format(z, spec))
        except ValueError as e:
            row.append("ValueError: %s" % e)
    print(row)
for bad in ["%", "d", "=10", "010", "s", "x"]:
    try:
        print(format(1+2j, bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
print(f"{1+2j:.1f}", "{:>12}".format(3j), "%s" % (1+1j))
for x in [123456.789, 1.0, 1e20, 100.0, 0.0, -0.0, 1e-7, 2.5, float('inf')]:
    print([format(x, s) for s in ['#g', '#.3g', '#.1g', '#G', 'n', '.3n', '#e', '#.0e', '#.0f', '#f']])
