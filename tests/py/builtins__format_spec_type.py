# format()'s second argument must be a str.
print(format(1.5, ""), format(True, ""), format("x", "^5"), format(255, "x"), format(3))
for spec in [5, None, b"x", 1.0]:
    try:
        format(3, spec)
    except TypeError as e:
        print(e)
