# string.Template: substitute, safe_substitute, get_identifiers, is_valid and subclasses that
# change the delimiter, identifier patterns, flags or the whole pattern.
import re
from string import Template

s = Template('$who likes $what')
print(s.substitute(who='tim', what='kung pao'))
print(s.substitute({'who': 'tim', 'what': 'pie'}))
print(s.substitute({'who': 'tim', 'what': 'pie'}, what='cake'))  # keywords win
d = dict(who='tim')
try:
    Template('Give $who $100').substitute(d)
except ValueError as e:
    print('ValueError', e)
try:
    Template('$who likes $what').substitute(d)
except KeyError as e:
    print('KeyError', e)
print(Template('$who likes $what').safe_substitute(d))
print(Template('Give $who $100').safe_substitute(d))

# Braces, escapes, non-string values, adjacent text.
t = Template('${noun}ification costs $$${price} (${count}x) $ end')
print(t.safe_substitute(noun='gram', price=3.5, count=2))
try:
    t.substitute(noun='gram', price=3.5, count=2)
except ValueError as e:
    print('ValueError', e)
print(Template('$a$b${c}d').substitute(a=1, b=[2], c=None))
print(Template('$$ and $$$x').substitute(x='y'))
print(Template('no placeholders').substitute())

# Where the invalid placeholder is reported: line and column.
for text in ('$', 'abc\n  $ here', 'line1\nline2\r\n\n x $1'):
    try:
        Template(text).substitute()
    except ValueError as e:
        print('ValueError', e)

# Identifiers are ASCII only, case-insensitive; a brace must close.
print(Template('$Name $_private $x1 $1x ${ bad} ${ok}').safe_substitute(Name='N', _private='p', x1='X', ok='OK'))
print(Template('$héllo').safe_substitute(h='H'))
print(Template('${unclosed').safe_substitute(unclosed='u'))

# get_identifiers and is_valid
t = Template('$a ${b} $a $$c $d ${e}')
print(t.get_identifiers(), t.is_valid())
t = Template('$a $ $b')
print(t.get_identifiers(), t.is_valid())
print(Template('').get_identifiers(), Template('').is_valid())

# Class attributes
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)
print(Template.pattern.flags == re.IGNORECASE | re.VERBOSE, s.template)

# Subclasses
class Percent(Template):
    delimiter = '%'


print(Percent('%who says %% and %{what}').substitute(who='I', what='hi'))


class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9.]*'


print(Dotted('$user.name is ${user.age}').substitute({'user.name': 'ann', 'user.age': 7}))


class BraceOnly(Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9 ]*)'


print(BraceOnly('${first name} $x').substitute({'first name': 'Guido', 'x': 1}))


class CaseSensitive(Template):
    flags = 0
    idpattern = r'[a-z]+'


print(CaseSensitive('$lower $UPPER').safe_substitute(lower='l', UPPER='U'))


class Custom(Template):
    delimiter = '#'
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    """


print(Custom('#a and #<b> and ##').substitute(a='A', b='B'))
print(Custom.pattern.pattern.strip().splitlines()[0])


class Regex(Template):
    delimiter = '.*'


print(Regex('.*x .*.* .*{y}').substitute(x=1, y=2))


class NoGroups(Template):
    pattern = r'@(?P<named>[a-z]+)|@(?P<escaped>@)|@(?P<braced>\{[a-z]+\})|(?P<invalid>@)'


print(NoGroups('@abc @@').substitute(abc='!'))
