# A subscript of a subscript of literals folds to a constant too: no markers.
((1, 2),)[0][1] = 5
