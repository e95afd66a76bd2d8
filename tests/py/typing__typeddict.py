# TypedDict: class and functional forms, totality, Required/NotRequired; instances are dicts.
from typing import TypedDict, List, Optional, Required, NotRequired, is_typeddict, get_type_hints


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), m == {'name': 'Blade Runner', 'year': 1982})
print(Movie.__annotations__, Movie.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(type(Movie).__name__, Movie.__mro__, Movie.__name__)
m2: Movie = {'name': 'Alien', 'year': 1979}
print(m2['name'], Movie(m2), Movie(), Movie([('name', 'x')]))


class Partial(TypedDict, total=False):
    title: str
    pages: int


print(Partial(title='x'), Partial.__total__, sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__))


class Book(Partial):
    isbn: str
    authors: List[str]


print(Book.__annotations__)
print(sorted(Book.__required_keys__), sorted(Book.__optional_keys__), Book.__total__)


class Mixed(TypedDict, total=False):
    a: Required[int]
    b: str
    c: NotRequired[Optional[int]]


class Mixed2(TypedDict):
    a: int
    b: NotRequired[str]


print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
print(sorted(Mixed2.__required_keys__), sorted(Mixed2.__optional_keys__))
print(Mixed.__annotations__)
print(get_type_hints(Mixed))
print(get_type_hints(Mixed, include_extras=True))

# The functional form.
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__annotations__, sorted(Point.__required_keys__), Point.__total__)
Loose = TypedDict('Loose', {'a': int, 'b-c': str}, total=False)
print(Loose(a=1), sorted(Loose.__optional_keys__), Loose.__name__)

print(is_typeddict(Movie), is_typeddict(Point), is_typeddict(dict), is_typeddict(m), is_typeddict(TypedDict))

# Errors.
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(dict, Movie)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Movie, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    TypedDict('X', {'a': int}, b=str)
except TypeError as e:
    print(type(e).__name__, e)
