# reversed() and sorted() with key and reverse.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2))))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
print(sorted([3, 1, 2]), sorted("cab"), sorted((5, 4)), sorted({3: 0, 1: 0}))
data = ["Banana", "apple", "Cherry", "date"]
print(sorted(data))
print(sorted(data, key=str.lower))
print(sorted(data, key=len, reverse=True))
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([-3, 2, -1], key=abs))
print(sorted([], reverse=True))
