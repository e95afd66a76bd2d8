# Single inheritance and method overriding.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"

class Cat(Animal):
    sound = "meow"

class Lion(Cat):
    sound = "roar"

    def kind(self):
        return "big " + super().kind()

for a in [Animal("generic"), Cat("Tom"), Lion("Leo")]:
    print(a.speak(), "/", a.kind())
print(issubclass(Lion, Animal), issubclass(Animal, Lion))
print(isinstance(Lion("x"), Cat), Lion.__bases__[0].__name__)
print(Lion.__base__.__name__, Animal.__bases__[0].__name__)
