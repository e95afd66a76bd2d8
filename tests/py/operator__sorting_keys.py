# itemgetter / attrgetter / methodcaller as sort keys and map functions, as the docs show them.
from operator import itemgetter, attrgetter, methodcaller

records = [("carol", 31, "paris"), ("alice", 25, "oslo"), ("bob", 31, "lima"), ("dave", 19, "rome")]
print(sorted(records, key=itemgetter(1)))
print(sorted(records, key=itemgetter(1, 0)))
print(sorted(records, key=itemgetter(1), reverse=True))
print(list(map(itemgetter(0), records)))
print(max(records, key=itemgetter(1)))

inventory = {"apple": 3, "banana": 2, "pear": 5, "orange": 1}
print(sorted(inventory.items(), key=itemgetter(1)))
print(itemgetter("apple", "pear")(inventory))
print(itemgetter(slice(1, 3))("ABCDE"), itemgetter(-1)("ABCDE"), itemgetter(1, 3, 5)("ABCDEFG"))


class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city)

    def __repr__(self):
        return f"Person({self.name!r})"

    def greet(self, greeting="Hello", punct="!"):
        return f"{greeting}, {self.name}{punct}"


class Address:
    def __init__(self, city):
        self.city = city


people = [Person(*r) for r in records]
print(list(map(attrgetter("name"), people)))
print(sorted(people, key=attrgetter("age", "name")))
print([attrgetter("address.city")(p) for p in people])
print(attrgetter("name", "address.city")(people[0]))
print(sorted(people, key=attrgetter("address.city")))

print(list(map(methodcaller("greet"), people[:2])))
print(list(map(methodcaller("greet", "Hi", punct="?"), people[:2])))
print(list(map(methodcaller("upper"), ["a", "b"])))
print(methodcaller("split", ",", 1)("a,b,c"))
print(sorted(["b", "C", "a"], key=methodcaller("lower")))

# Grouping with itemgetter, the classic recipe.
from itertools import groupby
for age, group in groupby(sorted(records, key=itemgetter(1)), key=itemgetter(1)):
    print(age, [name for name, *_ in group])
