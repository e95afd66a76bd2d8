# match and case stay ordinary names wherever a statement cannot start with them.
match = {"a": 1}
case = ["x"]
print(match["a"], case[0])
match["b"] = 2
case.append("y")
print(match, case)

def match_all(*args):
    return args
print(match_all(1, 2))

def f(match, case):
    return match + case
print(f(match=1, case=2))

class Case:
    match = "attribute"
print(Case.match)

# And the statement still works next to them.
match case:
    case ["x", *rest]:
        print("rest", rest)
match match:
    case {"a": 1, **others}:
        print("others", others)
