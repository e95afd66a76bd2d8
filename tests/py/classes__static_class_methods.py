# staticmethod and classmethod.
class Pizza:
    count = 0

    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1

    @classmethod
    def margherita(cls):
        return cls(["cheese", "tomato"])

    @classmethod
    def how_many(cls):
        return cls.__name__ + ": " + str(cls.count)

    @staticmethod
    def area(radius):
        return round(3.14159 * radius * radius, 2)

class Special(Pizza):
    pass

p = Pizza.margherita()
s = Special.margherita()
print(p.toppings, type(p).__name__, type(s).__name__)
print(Pizza.how_many(), Special.how_many(), s.how_many())
print(Pizza.area(2), p.area(1))
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["margherita"]).__name__)
