# a file without a trailing newline
x = 1
if x:
    y = 2