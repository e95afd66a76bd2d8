# Recursive structures print a marker instead of looping (ids replaced to keep this stable).
import pprint

items = [1, 2]
items.append(items)
table = {"name": "loop"}
table["self"] = table
table["items"] = items


def show(obj, **kw):
    text = pprint.pformat(obj, **kw)
    for o in (items, table):
        text = text.replace(str(id(o)), "ID")
    print(text)


show(items)
show(table)
show(table, width=20)
show([table, table], width=30)
print(pprint.isrecursive(items), pprint.isreadable(items), pprint.isrecursive([items]))
print(pprint.saferepr(items).replace(str(id(items)), "ID"))
p = pprint.PrettyPrinter()
print(p.isrecursive(table), p.isreadable(table), p.isreadable([1, (2, 3)]))
shared = [1, 2, 3]
show([shared, shared, {"again": shared}], width=20)
print(pprint.isrecursive([shared, shared]))
