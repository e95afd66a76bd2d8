# __init__, instance methods and instance attributes.
class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def bark(self):
        return self.name + " says woof"

    def birthday(self):
        self.age += 1
        return self

d = Dog("Rex", 3)
print(d.name, d.age, d.bark())
d.birthday().birthday()
print(d.age)
d.color = "brown"
print(d.color, sorted(vars(d)))
print(type(d).__name__, isinstance(d, Dog), Dog.__name__)
print(Dog.bark(d))
m = d.bark
print(m())
