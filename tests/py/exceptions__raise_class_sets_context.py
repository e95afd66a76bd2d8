# raise with a class (and a failing bare assert) inside an except block chains the handled
# exception as __context__, as raising an instance does.
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError
except ValueError as e:
    print(repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        assert False
except AssertionError as e:
    print(repr(e.__context__))
try:
    {}["k"]
except KeyError:
    raise RuntimeError
class X(Exception):
    def __new__(cls, *a):
        return 5
try:
    raise X
except TypeError as e:
    print(e)
