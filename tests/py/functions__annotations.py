# Annotations are stored but not enforced.
def typed(a: int, b: str = "x") -> list:
    return [a, b]

print(typed(1), typed("not an int", 2))
print(typed.__annotations__)
x: int = 5
y: str
print(x)
print(__annotations__)

def nested_default(n: int = 3 * 4) -> None:
    print("n is", n)

nested_default()
