# An uncaught configparser error: the traceback names it with its module.
import configparser

c = configparser.ConfigParser()
c.read_string("[s]\na = %(b)s\n")
print(c.get('s', 'a', raw=True))
c.get('s', 'a')
