# a file with CRLF line endings
x = 1
if x:
    y = 2
else:
    y = (1 +
         2)
s = """a
b"""
