# A missing attribute of a built-in module that makes some names on first use is the
# module's own AttributeError (no frame of its __getattr__), with "Did you mean" over every
# name the module has, those made later included; a script's AttributeError raised with
# name= and obj= gets its suggestion too.
import collections
import os

print('PathLike' in dir(os), 'UserDict' in dir(collections))
for module, name in [(os, 'PathLik'), (collections, 'OrderDict'), (collections, 'UserDic')]:
    try:
        getattr(module, name)
    except AttributeError as e:
        print(e, e.name, e.obj is module)


class Settings:
    colour = 'blue'

    def __getattr__(self, name):
        raise AttributeError(f'no setting {name!r}', name=name, obj=self)


print(Settings().colour)
collections.OrderDict
