# miscellaneous simple statements
pass
x = 1
...
del x
global g
g = 1

def f():
    pass
    return

for i in range(3):
    if i:
        continue
    break

while False:
    pass
