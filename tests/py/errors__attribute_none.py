# AttributeError from calling a method on None.
def find(name):
    if name == "known":
        return "value"
    return None

print(find("known").upper())
print(find("unknown").upper())
