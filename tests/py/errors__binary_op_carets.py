# TypeError from a binary operation shows ~~~^~~~ markers in 3.11.
def combine(label, count):
    return label + count + "!"

print(combine("a", "b"))
print(combine("items: ", 3))
