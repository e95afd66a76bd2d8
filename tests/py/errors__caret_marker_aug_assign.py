# The store of an augmented assignment is placed at its target, markers included.
x = (1, 2)
x[0] += 1
