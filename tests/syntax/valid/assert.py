# assert statements
assert x
assert x, "message"
assert x > 0, f"bad x: {x}"
assert (x and y)
assert not x, ("tuple", "msg")
