# No markers under a failing store into a literal: CPython's optimiser folds the subscript.
(15, 31)[0] = 1
