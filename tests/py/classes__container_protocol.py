# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __setitem__(self, i, value):
        self.cards[i] = value

    def __delitem__(self, i):
        del self.cards[i]

    def __contains__(self, item):
        print("contains", item)
        return item in self.cards

    def __iter__(self):
        return iter(self.cards)

d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3])
d[0] = "Z"
del d[1]
print(list(d), "Z" in d, "Q" in d)
for card in d:
    print(card, end=" ")
print()

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(OnlyGetitem()), 20 in OnlyGetitem(), 25 in OnlyGetitem())
