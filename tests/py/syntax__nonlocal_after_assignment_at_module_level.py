# The name was bound before its nonlocal declaration: that is the error CPython names first.
x = 1
nonlocal x
