# The deprecated names of 3.11: SafeConfigParser, readfp, LegacyInterpolation.
import configparser
import io
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    s = configparser.SafeConfigParser()
    print(isinstance(s, configparser.ConfigParser))
    s.readfp(io.StringIO("[a]\nx = %(y)s!\ny = 1\n"))
    print(s.get('a', 'x'))
    legacy = configparser.LegacyInterpolation()
    l = configparser.ConfigParser(interpolation=legacy)
    l.read_string("[a]\nx = %(Y)s/%(z)s\ny = 1\nz = %(y)s%(y)s\nbad = %(nope)s\nloop = %(loop)s\npct = 5%%\nplain = %s\n")
    print(l.get('a', 'x'), l.get('a', 'pct'), l.get('a', 'plain'))
    for opt in ('bad', 'loop'):
        try:
            l.get('a', opt)
        except configparser.Error as e:
            print(type(e).__name__, e)
    for w in caught:
        print(w.category.__name__, w.message)
