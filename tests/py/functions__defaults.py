# Default argument values and keyword arguments.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def counter(start=0, step=1):
    return [start + step * i for i in range(3)]

print(counter(), counter(10), counter(step=5))
print(greet.__defaults__)
print(greet.__name__)

def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x

print(none_default(), none_default())
