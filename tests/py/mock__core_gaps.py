# unittest.mock behaviours that depend on interpreter details: isinstance()
# through a spec'd mock's __class__, divmod(), list()'s length hint, !=
# without __eq__, property AttributeError falling back to __getattr__, and
# method calls on a tuple subclass overriding __getattribute__.
import re
from unittest.mock import Mock, MagicMock, call, seal, create_autospec


def show(obj):
    print(re.sub(r"id='\d+'", "id=...", repr(obj)))


class Account:
    def deposit(self, amount):
        pass


print('-- spec makes isinstance() pass')
m = Mock(spec=Account)
print(isinstance(m, Account), m.__class__.__name__)
print(isinstance(create_autospec(Account, instance=True), Account))
m = Mock()
m.__class__ = dict
print(isinstance(m, dict))

print('-- divmod')
m = MagicMock()
show(divmod(m, 2))
show(divmod(2, m))

print('-- list() asks __len__ for a length hint')
m = MagicMock()
m.__iter__.return_value = [1, 2]
print(list(m), m.__len__.call_count)
print(m.mock_calls)

print('-- != calls only __ne__')
m = MagicMock()
print(m != 3)
print(m.mock_calls)

print('-- sealed return value: property AttributeError falls back to __getattr__')
m = Mock()
m.configured.value = 1
seal(m)
try:
    m.configured()
except AttributeError as e:
    print('AttributeError:', e)

print('-- call.index(...) and call.__getitem__(...) build call objects')
print(call.index(1), call.count(2), call.__getitem__(0))
print(call.__getitem__().item(4))
