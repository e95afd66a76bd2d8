# Methods of builtin types read from the type print as CPython's descriptors: a plain method
# as <method ...>, one made from a type slot as <slot wrapper ...> (some types define a dunder
# as a plain method: dict.__getitem__, set.__contains__); classmethod and staticmethod show
# what they wrap.
print(str.upper, str.__add__, list.append, object.__init__, object.__eq__)
print(list.__len__, dict.__getitem__, list.__getitem__, tuple.__getitem__, int.__add__)
print(str.join, bytes.hex, set.add, type.mro, float.__repr__, object.__reduce_ex__)
print(dict.__contains__, set.__contains__, list.__contains__, frozenset.__contains__)
print(str.__dict__['upper'], repr(list.sort), tuple.count, int.bit_length)
print(classmethod(len), staticmethod(len))
print(type(dict.fromkeys).__name__, type([].append).__name__)
for call in [lambda: dict.__getitem__(1, 2), lambda: list.__len__(1), lambda: str.upper(3),
             lambda: dict.__contains__(), lambda: int.__add__()]:
    try:
        call()
    except TypeError as e:
        print(e)
